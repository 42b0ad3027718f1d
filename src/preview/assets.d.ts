// Module type for workbook files imported as asset URLs (webpack asset/resource gives the file's URL).
declare module '*.xlsx' {
  const url: string;
  export default url;
}
