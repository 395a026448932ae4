/** The product version printed in result sheets; package.json is the single source. */
// package.json lies outside tsconfig.cli.json's rootDir (src), so it is read at run time rather than imported.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PRODUCT_VERSION: string = (require('../../package.json') as { version: string }).version;
