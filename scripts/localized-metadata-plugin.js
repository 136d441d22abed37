// webpack plugin: from the functions.json the metadata plugin emits, writes functions-ja.json
// (Japanese names and descriptions from the catalogue), the two help pages, and a list of the
// files of each entry point (for the benchmark). Uses the compiled core in dist/.
const { Compilation, sources } = require("webpack");

class LocalizedMetadataPlugin {
  constructor({ from, to }) {
    this.from = from;
    this.to = to;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const { japaneseMetadata, schemaProblems, withOrigin, HELP_PAGE_EN, HELP_PAGE_JA } = require("../dist/functions/metadata");
          const { renderHelpPage } = require("../dist/functions/helpPage");
          const asset = compilation.getAsset("functions.json");
          if (!asset) return; // the metadata plugin has reported its error
          const english = withOrigin(JSON.parse(asset.source.source().toString()), this.from, this.to);
          let japanese;
          try {
            japanese = japaneseMetadata(english);
          } catch (e) {
            compilation.errors.push(new Error(e.message));
            return;
          }
          // both files as Excel will read them: against Microsoft's published schema
          for (const [file, data] of [["functions.json", english], ["functions-ja.json", japanese]]) {
            for (const problem of schemaProblems(data)) compilation.errors.push(new Error(`${file}: ${problem}`));
          }
          const json = (data) => new sources.RawSource(JSON.stringify(data, null, 2));
          compilation.updateAsset("functions.json", json(english));
          compilation.emitAsset("functions-ja.json", json(japanese));
          compilation.emitAsset(HELP_PAGE_EN, new sources.RawSource(renderHelpPage(english, "en")));
          compilation.emitAsset(HELP_PAGE_JA, new sources.RawSource(renderHelpPage(japanese, "ja")));
        }
      );
      compilation.hooks.processAssets.tap(
        { name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entrypoints = {};
          for (const [name, entry] of compilation.entrypoints) entrypoints[name] = entry.getFiles();
          compilation.emitAsset("entrypoints.json", new sources.RawSource(JSON.stringify(entrypoints, null, 2)));
        }
      );
    });
  }
}

module.exports = { LocalizedMetadataPlugin };
