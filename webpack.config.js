/* Builds the Excel task pane into dist/: taskpane.html + bundles, the help page huong-dan.html, assets/*.png,
 * the sample workbook and manifest.xml.
 *
 * Production (the default mode) needs ADDIN_PUBLIC_URL, the https base URL dist/ will be served from,
 * ending with "/"; manifest.xml's dev-server URLs are rewritten to it. The build stops with an error when
 * it is missing rather than shipping a manifest that points at localhost.
 * Development (--mode development) keeps the https://localhost:3000/ URLs for `webpack serve`.
 * Production ships no source maps (they would publish the sources beside the add-in) and no code that compiles
 * code at run time (`eval`, `new Function`), which a strict Content-Security-Policy blocks: test/build checks both.
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const devCerts = require('office-addin-dev-certs');
const { DEV_ORIGIN, checkPublicUrl, rewriteManifestUrls } = require('./scripts/manifest-urls');
const { version } = require('./package.json');

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  const publicUrl = dev ? null : checkPublicUrl(process.env.ADDIN_PUBLIC_URL);

  return {
    mode: dev ? 'development' : 'production',
    // ES2020, as tsconfig.json compiles to: webpack's own runtime then reads `globalThis` instead of falling back
    // to `new Function('return this')`. Older engines get taskpane.html's message, not this bundle.
    target: ['web', 'es2020'],
    devtool: dev ? 'eval-cheap-module-source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Content hashes let the web server cache bundles forever while taskpane.html stays fresh.
      filename: dev ? '[name].js' : '[name].[contenthash].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    // React + Fluent UI v9 alone are ~600 KiB minified (~190 KiB gzipped); the pane is fetched once per
    // Excel session from the office's own server. The budget keeps it from growing unnoticed: past it the
    // production build fails (and with it test/build/production-build.test.ts).
    performance: { hints: dev ? false : 'error', maxEntrypointSize: 900 * 1024, maxAssetSize: 700 * 1024 },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            configFile: path.resolve(__dirname, 'tsconfig.json'),
            // `npm run typecheck` type-checks; here we only transpile, which is much faster on 2 cores.
            transpileOnly: true,
            // ES modules (not tsconfig's commonjs) so webpack can tree-shake Fluent UI.
            compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: dev },
          },
        },
      ],
    },
    // Vendor code (React, Fluent UI) in its own chunk keeps its hash, and the browser cache, across app releases.
    optimization: {
      splitChunks: { cacheGroups: { vendors: { test: /node_modules/, name: 'vendors', chunks: 'all' } } },
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
      }),
      // The manifest's SupportUrl and LearnMoreUrl: static, no script, the version filled in here.
      new HtmlWebpackPlugin({
        template: './src/help/huong-dan.html',
        filename: 'huong-dan.html',
        inject: false,
        templateParameters: { version },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The help page links to it.
          { from: 'assets/mau-ho-so-tthc.xlsx', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            transform: (content) => (publicUrl ? rewriteManifestUrls(content.toString('utf8'), publicUrl) : content),
          },
        ],
      }),
    ],
    devServer: {
      port: Number(new URL(DEV_ORIGIN).port),
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Office only loads https pages. Certificates live in ~/.office-addin-dev-certs; the first run creates
      // them and asks to trust the CA. Builds skip this: webpack-cli sets env.WEBPACK_BUILD for `webpack build`.
      server: env.WEBPACK_BUILD ? 'http' : { type: 'https', options: await devCerts.getHttpsServerOptions() },
    },
  };
};
