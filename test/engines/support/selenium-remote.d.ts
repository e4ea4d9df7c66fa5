// selenium-webdriver has no "exports" map, so Node's ESM imports its DriverService by the file's full path,
// which its types (@types/selenium-webdriver) declare as 'selenium-webdriver/remote'.
declare module 'selenium-webdriver/remote/index.js' {
  export * from 'selenium-webdriver/remote'
}
