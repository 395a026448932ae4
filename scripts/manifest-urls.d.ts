/** Types for scripts/manifest-urls.js (CommonJS, shared by webpack.config.js and the tests). */
export declare const DEV_ORIGIN: string;
export declare function checkPublicUrl(value: string | undefined): string;
export declare function rewriteManifestUrls(xml: string, publicUrl: string): string;
