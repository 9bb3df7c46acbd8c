module.exports = require('../../jest.preset.js')(__dirname, {
  testTimeout: 60000,
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
});
