/** Jest configuration: TypeScript through ts-jest, tests under tests/ mirroring src/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }],
  },
  reporters: ["default", "<rootDir>/scripts/jest-summary-reporter.js"],
};
