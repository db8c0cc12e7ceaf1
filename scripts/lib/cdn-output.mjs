/**
 * Output settings shared by every build of the CDN bundle (scripts/build.mjs) and by the
 * builds that measure it (scripts/size-budget.mjs, bench/run.mjs), so they measure the
 * file that ships. The CDN file is final: no bundler reads it again, so tree-shaking
 * annotations (`@__PURE__` comments, 52 of them) are dropped; licence comments stay.
 */
export const cdnOutput = { minify: true, comments: { legal: true, annotation: false, jsdoc: false } };
