// Queued faults: consumed first-in first-out per action, then from the '*' queue, each entry
// answering `times` requests before it is dropped.

export const FAULT_KINDS = [
  'error',
  'xmlError',
  'html502',
  'reset',
  'performThenReset',
  'delay',
  'hang',
  'successFalse',
  'raw',
  'hugeBody',
  'stallBody',
  'gzipBomb'
]

export const FAULT_ACTIONS = [
  'AddImage',
  'ListImages',
  'GetImage',
  'RemoveImage',
  'DescribeImages',
  'RegistryPing',
  'RegistryManifest',
  'RegistryToken',
  'AssumeRoleWithOIDC',
  'GitHubToken',
  'GetReleaseByTag',
  'ListReleases',
  'GetRelease',
  'UpdateRelease',
  '*'
]

/**
 * @typedef {{ kind: string, code?: string, status?: number, message?: string, ms?: number, times?: number,
 *   headers?: Record<string, string>, body?: string, contentType?: string, requestIdHeader?: boolean,
 *   close?: boolean, bytes?: number, pageNumber?: number }} Fault
 * @typedef {{ action: string, fault: Fault, remaining: number }} QueuedFault
 */

/**
 * Validates a fault description; throws a TypeError explaining what is wrong.
 * @param {string} action
 * @param {Fault} fault
 */
export function checkFault(action, fault) {
  if (!FAULT_ACTIONS.includes(action)) {
    throw new TypeError(`fault action must be one of ${FAULT_ACTIONS.join(', ')}; got ${action}`)
  }
  if (!fault || !FAULT_KINDS.includes(fault.kind)) {
    throw new TypeError(`fault kind must be one of ${FAULT_KINDS.join(', ')}`)
  }
  if (
    fault.pageNumber !== undefined &&
    !(Number.isInteger(fault.pageNumber) && fault.pageNumber >= 1)
  ) {
    throw new TypeError('fault pageNumber must be an integer >= 1')
  }
  const times = fault.times ?? 1
  if (!(times >= 1)) throw new TypeError('fault times must be >= 1 (Infinity allowed)')
  if ((fault.kind === 'error' || fault.kind === 'xmlError') && (!fault.code || !fault.status)) {
    throw new TypeError(`an '${fault.kind}' fault needs code and status`)
  }
  if (fault.kind === 'delay' && !(typeof fault.ms === 'number' && fault.ms >= 0)) {
    throw new TypeError("a 'delay' fault needs ms >= 0")
  }
  if (
    fault.headers !== undefined &&
    (typeof fault.headers !== 'object' ||
      fault.headers === null ||
      Object.values(fault.headers).some(v => typeof v !== 'string'))
  ) {
    throw new TypeError('fault headers must map names to strings')
  }
  if (fault.kind === 'raw' && !(fault.status && typeof fault.body === 'string')) {
    throw new TypeError("a 'raw' fault needs status and body")
  }
  if (fault.kind === 'hugeBody' && !(typeof fault.bytes === 'number' && fault.bytes > 0)) {
    throw new TypeError("a 'hugeBody' fault needs bytes > 0")
  }
}

export class FaultQueue {
  constructor() {
    /** @type {QueuedFault[]} */
    this.queue = []
  }

  /**
   * @param {string} action
   * @param {Fault} fault
   */
  add(action, fault) {
    checkFault(action, fault)
    this.queue.push({ action, fault: { ...fault }, remaining: fault.times ?? 1 })
  }

  clear() {
    this.queue.length = 0
  }

  /**
   * Takes one use of the first fault queued for `action`, else of the first '*' fault. A fault
   * with a `pageNumber` only answers a request for that page (parameter PageNumber, default 1).
   * @param {string | undefined} action
   * @param {Record<string, string>} [params] the request's parameters
   * @returns {Fault | undefined}
   */
  take(action, params = {}) {
    const page = Number(params.PageNumber ?? 1)
    const fits = (/** @type {QueuedFault} */ q) =>
      q.fault.pageNumber === undefined || q.fault.pageNumber === page
    let index = action ? this.queue.findIndex(q => q.action === action && fits(q)) : -1
    if (index === -1) index = this.queue.findIndex(q => q.action === '*' && fits(q))
    if (index === -1) return undefined
    const entry = this.queue[index]
    entry.remaining -= 1
    if (entry.remaining <= 0) this.queue.splice(index, 1)
    return entry.fault
  }

  /** @returns {number} queued entries not yet used up */
  get size() {
    return this.queue.length
  }
}
