// jest's node environment, with the test file's context created by vm.constants.DONT_CONTEXTIFY (Node >= 20.18):
// its global object is an ordinary object, where jest's own context is a contextified proxy whose every global lookup
// (`Object`, `Array`, `Symbol`, … in cdktf, constructs and projen) goes through V8 interceptors. Measured with
// `node scripts/bench-jest-environment.js`. Without that constant (older Node) it is jest's environment unchanged.
const vm = require('vm');
const NodeEnvironment = require('jest-environment-node').TestEnvironment;

const DONT_CONTEXTIFY = vm.constants?.DONT_CONTEXTIFY;

class FastGlobalsEnvironment extends NodeEnvironment {
  constructor(config, context) {
    const createContext = vm.createContext;
    // jest's constructor creates the context once, first thing, from a proxy that only tracks the globals a test file
    // leaves behind (globalsCleanup); every file gets a new context either way.
    if (DONT_CONTEXTIFY) vm.createContext = () => ((vm.createContext = createContext), createContext(DONT_CONTEXTIFY));
    try {
      super(config, context);
    } finally {
      vm.createContext = createContext;
    }
  }
}

module.exports = FastGlobalsEnvironment;
