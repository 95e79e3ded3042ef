/**
 * Jest transform for the ES-module-only packages the Kafka sink loads (@platformatic/kafka and its
 * @platformatic helpers). Node loads them with require() as they are; Jest's module system does not,
 * so for tests their files are compiled to CommonJS: `import.meta.url` becomes the file's own URL,
 * and a `require` made with createRequire gives way to CommonJS's own, which does the same.
 */
const { createHash } = require('node:crypto');
const ts = require('typescript');

const IMPORT_META_URL = /\bimport\.meta\.url\b/g;
const CREATED_REQUIRE = /\bconst require = createRequire\(import\.meta\.url\);/g;

module.exports = {
  getCacheKey(source, path) {
    return createHash('sha1').update('esm-package-transform-3').update(path).update(source).digest('hex');
  },
  process(source, path) {
    const esm = source
      .replace(CREATED_REQUIRE, '')
      .replace(IMPORT_META_URL, "require('node:url').pathToFileURL(__filename).href");
    const { outputText } = ts.transpileModule(esm, {
      fileName: path,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        allowJs: true,
      },
    });
    return { code: outputText };
  },
};
