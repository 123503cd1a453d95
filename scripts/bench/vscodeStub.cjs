/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file, required before the bundle it stands in for */
// A stand-in for the `vscode` module, so the extension's bundle can be required outside VS Code
// to time its loading. Every API name of @types/vscode is there; anything read from it is a
// function that returns another such stand-in, so top-level code runs without a real editor.
const fs = require('fs');
const path = require('path');
const Module = require('module');

const declarations = fs.readFileSync(path.join(__dirname, '../../node_modules/@types/vscode/index.d.ts'), 'utf8');
const names = [...new Set([...declarations.matchAll(/^\s*export (?:class|enum|namespace|function|const|let) ([A-Za-z_]+)/gm)].map((match) => match[1]))];

function standIn() {
  return new Proxy(function () {}, {
    get: (target, key) => (key === 'then' ? undefined : key in target ? target[key] : standIn()),
    construct: () => standIn(),
    apply: () => standIn(),
  });
}

const vscode = { __esModule: true };
for (const name of names) vscode[name] = standIn();

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
