// Build-time stand-in for `debug`, swapped in by scripts/build.mjs. Two bundled packages
// import it: httpx (the HTTP library of @alicloud/openapi-client) and, in the lazily loaded
// default credential chain, @alicloud/credentials. The action deletes DEBUG from its
// environment before either loads (src/connect.ts), because their debug output holds signed
// requests; so the real package would only ever make disabled loggers. It would still read
// the terminal's colour support at load (supports-color, tty) and open process.stderr (a pipe
// on the runner: about 0.7 ms) on every run that loads the client. CommonJS, as its
// importers call `require('debug')(namespace)`.
/* global module */

/** A logger that is off, as the real package makes one when DEBUG does not name it. */
function createDebug(namespace) {
  const logger = () => {}
  logger.namespace = String(namespace)
  logger.enabled = false
  logger.extend = (name, delimiter = ':') => createDebug(`${logger.namespace}${delimiter}${name}`)
  return logger
}
createDebug.enabled = () => false
createDebug.enable = () => {}
createDebug.disable = () => ''
createDebug.default = createDebug
createDebug.debug = createDebug

module.exports = createDebug
