// Every Jest suite of the workspace in one run: the libraries and the API.
module.exports = {
  projects: [
    '<rootDir>/libs/vn-format',
    '<rootDir>/libs/domain',
    '<rootDir>/libs/plan-import',
    '<rootDir>/libs/report',
    '<rootDir>/apps/api',
  ],
};
