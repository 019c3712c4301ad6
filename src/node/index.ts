/** `replylint/node`: file-level linting for CI tools and editors (Node only; the main entry stays browser-safe). */
export { lintFiles, expandInputs, MAX_FILE_BYTES, type FileFinding, type FileResult, type LintFilesOptions, type LintFilesResult } from './lint-files.js';
export { ConfigFinder, readConfigFile, ConfigFileError, CONFIG_NAMES, type EffectiveConfig, type FileConfig, type Override } from './config-file.js';
export { readTemplates, TEMPLATE_EXTENSIONS, TemplateError, type Template } from './templates.js';
export { formatResults, FORMATS, countFindings, type Format } from './format/index.js';
export { LineIndex } from './positions.js';
