// A fresh certificate authority per benchmark run, and one server certificate it signs for
// the TLS fronts' addresses (IP subject alternative names). Made with the openssl CLI (Node
// has no API that writes certificates); the action trusts the CA through NODE_EXTRA_CA_CERTS.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @param {string} dir a scratch folder (removed by the caller)
 * @param {string[]} addresses the fronts' IPv4 addresses
 * @returns {{ ca: string, cert: string, key: string }} PEM file paths
 */
export function makeCertificates(dir, addresses) {
  const file = name => join(dir, name)
  const openssl = args => execFileSync('openssl', args, { stdio: 'pipe', timeout: 30_000 })
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl([
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '1',
    '-subj',
    '/CN=ehpc-add-image bench CA (one run)'
  ])
  openssl([
    'req',
    ...ec,
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=ehpc-add-image bench fronts'
  ])
  writeFileSync(
    file('san.ext'),
    `subjectAltName=${addresses.map(a => `IP:${a}`).join(',')}\n` +
      'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n'
  )
  openssl([
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.pem'),
    '-days',
    '1',
    '-extfile',
    file('san.ext')
  ])
  return { ca: file('ca.pem'), cert: file('server.pem'), key: file('server.key') }
}
