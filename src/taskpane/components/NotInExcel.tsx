// Shown when the task pane page is opened outside Excel: what to do instead.
import { Body1, Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export function NotInExcel() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">Откройте надстройку в Excel</Title3>
      <Body1>
        Эта страница — панель надстройки ШНОР. Она работает внутри Excel: на вкладке «Главная» нажмите «Выявить ШНОР».
      </Body1>
      <Caption1>
        Посмотреть работу надстройки в браузере без Excel можно в режиме предварительного просмотра:{' '}
        <span className={styles.code}>npm run preview</span>.
      </Caption1>
    </main>
  );
}
