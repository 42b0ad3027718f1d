// webpack 5: builds the Excel add-in (task pane, function file, analysis worker) and the browser preview into dist/addin/.
'use strict';
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { manifestForHost } = require('./scripts/manifestForHost');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const root = __dirname;
const pkg = require('./package.json');
const previewEntry = path.join(root, 'src/preview/main.tsx');
const previewTemplate = path.join(root, 'src/preview/preview.html');

/**
 * Dev server transport. Plain http by default (this machine has no trusted certificates). `--env https` uses the
 * Office dev certificates from office-addin-dev-certs (installed by `npx office-addin-dev-certs install`), which is
 * what Excel on Windows/macOS needs for the manifest's https://localhost:3000 URLs.
 */
async function devServerTransport(env) {
  if (!env.https) return 'http';
  // office-addin-dev-certs keeps its trusted localhost certificate here (`npx office-addin-dev-certs install`).
  const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    throw new Error('--env https: no dev certificates in ' + dir + '; run `npx office-addin-dev-certs install` first (npm start does).');
  }
  const options = {};
  for (const [k, f] of Object.entries(files)) options[k] = fs.readFileSync(path.join(dir, f));
  return { type: 'https', options };
}

/**
 * The pages carry a strict Content-Security-Policy (no eval, no request). A development build keeps it but lets the
 * dev server's live-reload socket connect; production pages are emitted exactly as written.
 */
class DevConnectPolicy {
  apply(compiler) {
    compiler.hooks.compilation.tap('DevConnectPolicy', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap('DevConnectPolicy', (data) => {
        data.html = data.html.replace("connect-src 'none'", "connect-src 'self' ws: wss:");
        return data;
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  // The browser preview is written by another part of the project: build it only when its entry exists.
  const hasPreview = fs.existsSync(previewEntry);

  const entry = {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
    // Runs analyzeAndReport off the UI thread for large data; loaded by the task pane as "analysis.worker.js".
    'analysis.worker': './src/taskpane/worker/analysis.worker.ts',
  };
  if (hasPreview) entry.preview = './src/preview/main.tsx';

  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['taskpane'],
    }),
    new HtmlWebpackPlugin({
      filename: 'commands.html',
      template: './src/commands/commands.html',
      chunks: ['commands'],
    }),
  ];
  if (hasPreview) {
    pages.push(new HtmlWebpackPlugin({
      filename: 'preview.html',
      template: fs.existsSync(previewTemplate) ? previewTemplate : './src/taskpane/taskpane.html',
      chunks: ['preview'],
    }));
  }

  const addin = {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' Content-Security-Policy allows no 'unsafe-eval'.
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry,
    output: {
      path: path.join(root, 'dist/addin'),
      filename: '[name].js',
      // Workers have no window: the runtime must use self.
      globalObject: 'self',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      alias: {
        // ExcelJS's Node entry pulls in fs/stream; the browser build is self-contained.
        exceljs: 'exceljs/dist/exceljs.min.js',
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; here only transpile, with ES modules so that
              // webpack sees import/export (tree-shaking of Fluent UI), import.meta and dynamic imports.
              transpileOnly: true,
              compilerOptions: { module: 'es2020', moduleResolution: 'node', sourceMap: true },
            },
          },
        },
        {
          // Workbooks imported by the preview (the sample) are emitted as files; the import gives their URL.
          test: /\.xlsx$/,
          type: 'asset/resource',
          generator: { filename: 'assets/sample/[name][ext]' },
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ __SHNOR_VERSION__: JSON.stringify(pkg.version) }),
      ...pages,
      ...(production ? [] : [new DevConnectPolicy()]),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/icon.svg', to: 'assets/icon.svg' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          // ADDIN_URL=https://host/path npm run build: a manifest whose every URL points at the department's host.
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (process.env.ADDIN_URL ? manifestForHost(content.toString(), process.env.ADDIN_URL) : content),
          },
        ],
      }),
    ],
    performance: {
      // The task pane is loaded from the local dev server or an intranet host; ExcelJS alone is ~1 MB.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 2_500_000,
      maxAssetSize: 2_500_000,
    },
    devServer: {
      // Plain http here (no trusted certificates on this machine). On Windows/macOS `npm start` runs
      // office-addin-debugging, which sideloads manifest.xml and serves https://localhost:3000 with
      // dev certificates from office-addin-dev-certs; the manifest's URLs expect that https origin.
      port: 3000,
      host: 'localhost',
      server: env.WEBPACK_SERVE ? await devServerTransport(env) : 'http',
      hot: false,
      static: false,
      open: env.preview ? ['/preview.html'] : false,
      headers: { 'Access-Control-Allow-Origin': 'https://localhost:3000' },
    },
  };

  // The browser version (src/web): one static page and its script in dist/web/, working from disk or any host.
  const web = {
    mode: addin.mode,
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    entry: { web: './src/web/main.tsx' },
    output: { path: path.join(root, 'dist/web'), filename: '[name].js', publicPath: '', clean: true },
    resolve: addin.resolve,
    module: { rules: addin.module.rules.slice(0, 1) },
    plugins: [
      new webpack.DefinePlugin({ __SHNOR_VERSION__: JSON.stringify(pkg.version) }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/web/index.html', chunks: ['web'], scriptLoading: 'defer' }),
      // One script beside the page: it opens from disk, copied anywhere, with nothing to load later.
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    ],
    performance: addin.performance,
  };
  // The dev server serves the add-in; `webpack serve` takes the first config.
  return env.WEBPACK_SERVE ? addin : [addin, web];
};
