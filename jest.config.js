/**
 * Jest configuration: TypeScript through ts-jest, tests under tests/ mirroring src/. No test may
 * depend on how busy the machine is: the default timeout allows for a loaded 2-core machine, and
 * the suites that start LibreOffice or Chromium set longer ones of their own.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testTimeout: 120_000,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
  },
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.js"],
};
