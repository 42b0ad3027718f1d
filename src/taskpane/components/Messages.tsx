// Message bars (Fluent MessageBar) for errors, warnings and notices, each saying what to do, with a close button.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { PaneMessage } from '../controller/state';

export interface MessagesProps {
  readonly messages: readonly PaneMessage[];
  readonly onDismiss: (id: number) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function Messages({ messages, onDismiss }: MessagesProps) {
  const styles = useStyles();
  if (messages.length === 0) return null;
  return (
    <div className={styles.root}>
      {messages.map((m) => (
        <MessageBar key={m.id} intent={m.intent} layout="multiline" politeness={m.intent === 'error' ? 'assertive' : 'polite'}>
          <MessageBarBody>
            <MessageBarTitle>{m.title}</MessageBarTitle>
            {m.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={`Закрыть сообщение «${m.title}»`} onClick={() => onDismiss(m.id)}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
