"use strict";
// What a bundler and the TypeScript compiler publish: interop helpers, indirect calls, lazy modules.
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getProtoOf = Object.getPrototypeOf;
var __toESM = (mod, isNodeMode, target) => (
  (target = mod != null ? __create(__getProtoOf(mod)) : {}),
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target
);
function _interopRequireDefault(obj) {
  return obj && obj.__esModule ? obj : { default: obj };
}
var import_fs = __toESM(require("fs"));
var import_path = __toESM(require("path"));
const fs_1 = require("fs");
const _child_process = _interopRequireDefault(require("child_process"));

async function syncDistVersion(pkg) {
  const distPkg = import_path.default.join(pkg.location, "dist", "package.json");
  if (import_fs.default.existsSync(distPkg)) { // asyncwise-expect: no-blocking-in-async
    return JSON.parse((0, fs_1.readFileSync)(distPkg, "utf8")); // asyncwise-expect: no-blocking-in-async
  }
  return undefined;
}

async function currentBranch(cwd) {
  return _child_process.default.execSync("git rev-parse --abbrev-ref HEAD", { cwd, encoding: "utf8" }).trim(); // asyncwise-expect: no-blocking-in-async
}

function readManifestSync(location) {
  // A synchronous helper of the package: not reported.
  return JSON.parse(import_fs.default.readFileSync(import_path.default.join(location, "package.json"), "utf8"));
}

class GitClient {
  execSync(args) {
    // The package's own method named execSync: not reported, at its definition or its calls.
    return args.join(" ");
  }

  async describe() {
    return this.execSync(["describe", "--tags"]);
  }
}

exports.syncDistVersion = syncDistVersion;
exports.currentBranch = currentBranch;
exports.readManifestSync = readManifestSync;
exports.GitClient = GitClient;
