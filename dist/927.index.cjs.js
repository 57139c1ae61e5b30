"use strict";
exports.id = 927;
exports.ids = [927];
exports.modules = {

/***/ 6989:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ke: function() { return /* binding */ BUDGET_CODE; },
/* harmony export */   e7: function() { return /* binding */ stepBudget; },
/* harmony export */   kM: function() { return /* binding */ requestTimeLeft; },
/* harmony export */   xV: function() { return /* binding */ withinBudget; }
/* harmony export */ });
/* unused harmony exports STEP_BUDGET_MS, attemptTimeout */
/* harmony import */ var _failures_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8380);
/* harmony import */ var _http_endpoint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);


/** Fifteen minutes for all the calls of one step together. */
const STEP_BUDGET_MS = 15 * 60_000;
/** The code of a call the budget did not let start, or cut short. */
const BUDGET_CODE = 'StepBudgetExhausted';
/**
 * The run's budget, from now. EHPC_ADD_IMAGE_STEP_BUDGET_MS shortens it for the tests, and
 * counts only when every endpoint is on this machine, so a real run always gets the whole.
 */
function stepBudget(endpoints, env, now = Date.now) {
    const wanted = Number(env.EHPC_ADD_IMAGE_STEP_BUDGET_MS || NaN);
    const totalMs = (0,_http_endpoint_js__WEBPACK_IMPORTED_MODULE_1__/* .onThisMachine */ .rF)(endpoints) && wanted > 0 && wanted < STEP_BUDGET_MS ? wanted : STEP_BUDGET_MS;
    return { deadline: now() + totalMs, totalMs, now };
}
/**
 * The timeout of one attempt of `call`: `timeoutMs`, or what is left of the budget when that
 * is less. Nothing left: the attempt does not start, and the failure says so.
 */
function attemptTimeout(budget, call, timeoutMs) {
    const left = budget.deadline - budget.now();
    if (left <= 0) {
        throw new _failures_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({
            ...call,
            code: BUDGET_CODE,
            delivery: 'not-sent',
            hint: `It ran out before this call could start (${describeMs(budget.totalMs)} for the whole step), so ${call.action} was not sent.`
        });
    }
    return Math.min(timeoutMs, left);
}
/** What one request may take now: `timeoutMs`, clipped to what is left of the budget (at least 1 ms). */
function requestTimeLeft(budget, timeoutMs) {
    return Math.max(1, Math.min(timeoutMs, budget.deadline - budget.now()));
}
/** Codes of an attempt that got no (whole) answer in time. */
const TIMEOUT_CODES = new Set(['RequestTimeout', 'ResponseStalled']);
/**
 * Runs one attempt of `call` with its timeout clipped to the budget. A timeout that only the
 * clip caused comes out as the budget's failure, keeping whether the call may have been
 * carried out.
 */
async function withinBudget(budget, call, timeoutMs, attempt) {
    const ms = attemptTimeout(budget, call, timeoutMs);
    try {
        return await attempt(ms);
    }
    catch (err) {
        if (ms >= timeoutMs || !(err instanceof _failures_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) || !TIMEOUT_CODES.has(err.code))
            throw err;
        throw new _failures_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({
            service: err.service,
            action: err.action,
            code: BUDGET_CODE,
            httpStatus: err.httpStatus,
            requestId: err.requestId,
            host: err.host ?? call.host,
            identity: err.identity ?? call.identity,
            // Not retried (the table); carried out or not as the cut attempt may have been.
            delivery: err.delivery,
            hint: `It ran out while this call waited for its answer: its timeout was cut to the ${describeMs(ms)} left of the ${describeMs(budget.totalMs)} for the whole step, and no answer came within them.`
        });
    }
}
function describeMs(ms) {
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000} min`;
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ }),

/***/ 4374:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: function() { return /* binding */ IdTokenAnswerError; }
/* harmony export */ });
/** An answer of the token service that is not a token. */
class IdTokenAnswerError extends Error {
    statusCode;
    redirectHost;
    constructor(message, statusCode, 
    /** For a redirect: the host it points to (host only, a Location may carry a query). */
    redirectHost) {
        super(message);
        this.statusCode = statusCode;
        this.redirectHost = redirectHost;
    }
}


/***/ }),

/***/ 5144:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: function() { return /* binding */ imageIdOf; },
/* harmony export */   JJ: function() { return /* binding */ shownValue; },
/* harmony export */   Jt: function() { return /* binding */ flag; },
/* harmony export */   Qq: function() { return /* binding */ text; },
/* harmony export */   f$: function() { return /* binding */ shownText; }
/* harmony export */ });
/* harmony import */ var _failures_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8380);
// Reading values out of E-HPC Instant's answers. The API reference's own AddImage sample
// answers `"ImageId": "m-bp1akkkr1rkxtb******\n"`, so ids and versions are trimmed, and an id
// that is still not one plain token after that is a broken answer, never an output.

const PLAIN_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** What a value a step output passes on may hold: nothing a shell or an expression acts on. */
const SHOWN_VALUE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
/** A string field, trimmed; undefined when absent, not a string, or blank. */
function text(value) {
    if (typeof value !== 'string')
        return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}
/** A string field the answer shows: '' when it is there but null or blank, undefined when absent. */
function shownText(obj, key) {
    if (!obj || !(key in obj))
        return undefined;
    return text(obj[key]) ?? '';
}
/**
 * A value the answer shows for a step output (AppId, Status), trimmed and as the service says
 * it; undefined when absent, blank, or holding anything but letters, digits and . _ : / -.
 */
function shownValue(value) {
    const trimmed = text(value);
    return trimmed !== undefined && SHOWN_VALUE.test(trimmed) ? trimmed : undefined;
}
/** A boolean field, also when sent as "true"/"false"; undefined when absent or anything else. */
function flag(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true' || value === 'false')
        return value === 'true';
    return undefined;
}
/** An image id from an answer, trimmed; throws InvalidResponse when it is missing or not a plain token. */
function imageIdOf(value, action, requestId) {
    const id = text(value);
    if (id === undefined)
        throw invalidAnswer(action, 'the answer has no ImageId', requestId);
    if (!PLAIN_TOKEN.test(id)) {
        throw invalidAnswer(action, `the answer's ImageId ${JSON.stringify(id.slice(0, 64))} is not an image id`, requestId);
    }
    return id;
}
/**
 * A success answer that cannot be used. The table makes it final, and of unknown outcome:
 * an AddImage that answered this way may have registered the image.
 */
function invalidAnswer(action, why, requestId) {
    return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD({
        service: 'ehpc',
        action,
        code: 'InvalidResponse',
        requestId,
        serverMessage: why,
        delivery: 'incomplete-answer'
    });
}


/***/ }),

/***/ 3377:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: function() { return /* binding */ backoffDelay; },
/* harmony export */   KO: function() { return /* binding */ mayRetry; },
/* harmony export */   _$: function() { return /* binding */ givingUp; },
/* harmony export */   bD: function() { return /* binding */ withRetry; },
/* harmony export */   jy: function() { return /* binding */ waitBeforeRetry; },
/* harmony export */   uk: function() { return /* binding */ realSleep; }
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8380);

const realSleep = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^(n-1))). */
function backoffDelay(policy, failedAttempt) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
    return Math.floor(policy.random() * ceiling);
}
/** The most attempts a call that failed with `err` gets. */
function attemptLimit(err, policy) {
    return err.retryClass === 'once' ? Math.min(2, policy.maxAttempts) : policy.maxAttempts;
}
/** Whether `err`, raised by attempt number `attempt`, may be tried again. */
function mayRetry(err, attempt, policy) {
    if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) || !err.retryable)
        return false;
    return attempt < attemptLimit(err, policy);
}
/** The error to give up with after `attempts` attempts: an ApiError says how many it took. */
function givingUp(err, attempts) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && attempts > 1 ? err.with({ attempts }) : err;
}
/**
 * Waits before the next attempt, or returns false when the step's deadline leaves no room
 * for it or the policy's signal is aborted (the caller then rethrows the last error).
 */
async function waitBeforeRetry(err, attempt, policy) {
    if (policy.signal?.aborted)
        return false;
    const waitMs = Math.max(backoffDelay(policy, attempt), err.retryAfterMs ?? 0);
    if (policy.now() + waitMs >= policy.deadline)
        return false;
    policy.onRetry?.({
        error: err,
        action: err.action,
        code: err.code,
        attempt,
        maxAttempts: attemptLimit(err, policy),
        waitMs
    });
    await policy.sleep(waitMs);
    // Aborted during the wait: the answer is in without this attempt.
    return !policy.signal?.aborted;
}
/** Runs `fn` until it succeeds, fails with an error that is not safe to retry, or runs out. */
async function withRetry(fn, policy) {
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (!mayRetry(err, attempt, policy) || !(await waitBeforeRetry(err, attempt, policy))) {
                throw givingUp(err, attempt);
            }
        }
    }
}


/***/ }),

/***/ 429:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TJ: function() { return /* binding */ logHttpCall; },
/* harmony export */   p$: function() { return /* binding */ loggedHttpCall; }
/* harmony export */ });
/* unused harmony exports captureHttpCalls, httpCallLine */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8380);
/* harmony import */ var _failures_error_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4554);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6472);




/** Where the lines go: the debug log; a test passes its own. */
let sink = line => _report_log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.debug(line);
let enabled = () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o();
/** For tests: collect the lines instead, whatever RUNNER_DEBUG says. Returns the restore. */
function captureHttpCalls(to) {
    const [before, wasEnabled] = [sink, enabled];
    sink = to;
    enabled = () => true;
    return () => {
        sink = before;
        enabled = wasEnabled;
    };
}
/** The debug line for one call. */
function httpCallLine(r) {
    const status = r.status === undefined ? 'no answer' : `HTTP ${r.status}`;
    const requestId = r.requestId ? `, RequestId ${r.requestId}` : '';
    const code = r.code ? `, ${r.code}` : '';
    return `HTTP call: ${_failures_error_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICE_NAME */ .OX[r.service]} ${r.action} at ${r.host}: ${status}${code}${requestId}, ${Math.round(r.durationMs)} ms`;
}
function logHttpCall(r) {
    if (enabled())
        sink(httpCallLine(r));
}
/**
 * Milliseconds on a monotonic clock. Not performance.now(): the first use of the global
 * `performance` loads perf_hooks, about 0.7 ms of every run's start-up.
 */
function monotonicMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}
/**
 * Runs one HTTP call and logs it: on success what `answered` reads from its result, on
 * failure the ApiError's status, RequestId and code (or "no answer").
 */
async function loggedHttpCall(call, send, answered, now = monotonicMs) {
    const started = now();
    try {
        const result = await send();
        logHttpCall({ ...call, ...answered(result), durationMs: now() - started });
        return result;
    }
    catch (err) {
        const failed = err instanceof _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD
            ? { status: err.httpStatus, requestId: err.requestId, code: err.code }
            : { code: err instanceof Error ? err.name : 'failed' };
        logHttpCall({ ...call, ...failed, durationMs: now() - started });
        throw err;
    }
}


/***/ }),

/***/ 5157:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: function() { return /* binding */ proxyConfigured; }
/* harmony export */ });
/** Whether the environment names a proxy at all: proxy.ts is loaded only when it does. */
function proxyConfigured(env) {
    return Boolean(env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy);
}


/***/ }),

/***/ 3927:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ECS_VERSION: function() { return /* reexport */ ecs_version/* ECS_VERSION */.N; },
  apiEndpoints: function() { return /* reexport */ apiEndpoints; },
  configWarnings: function() { return /* reexport */ configWarnings; },
  connectEhpc: function() { return /* reexport */ connectEhpc; },
  dryRunSummary: function() { return /* reexport */ summary/* dryRunSummary */.p2; },
  imageGate: function() { return /* reexport */ imageGate; },
  keySecretFrom: function() { return /* reexport */ keySecretFrom; },
  plannedProxyRoutes: function() { return /* reexport */ plannedProxyRoutes; },
  redactedAddImageQuery: function() { return /* reexport */ redactedAddImageQuery; },
  registerImage: function() { return /* reexport */ registerImage; },
  requestTimeLeft: function() { return /* reexport */ step_budget/* requestTimeLeft */.kM; },
  retryLine: function() { return /* reexport */ explain/* retryLine */.Rn; },
  runRetryPolicy: function() { return /* reexport */ runRetryPolicy; },
  setOutputs: function() { return /* reexport */ outputs/* setOutputs */.n0; },
  setOutputsAfterRegistering: function() { return /* reexport */ outputs/* setOutputsAfterRegistering */.kO; },
  startImageCheck: function() { return /* reexport */ startImageCheck; },
  stepBudget: function() { return /* reexport */ step_budget/* stepBudget */.e7; },
  successSummary: function() { return /* reexport */ summary/* successSummary */.iG; },
  writeJobSummary: function() { return /* reexport */ job_summary/* writeJobSummary */.j; }
});

// EXTERNAL MODULE: ./src/inputs/image-reference.ts
var image_reference = __webpack_require__(5524);
// EXTERNAL MODULE: ./src/ehpc/regions.ts
var regions = __webpack_require__(5077);
;// CONCATENATED MODULE: ./src/inputs/warnings.ts


/**
 * What looks wrong in a valid configuration but may be meant: the run goes on. (Without an
 * endpoint of its own, an unknown region is an input error instead; see inputs.ts.)
 */
function configWarnings(config) {
    const warnings = [];
    const { region } = config;
    if (!(0,regions/* servesRegion */.LR)(region)) {
        const guess = (0,regions/* closestRegion */.ER)(region);
        warnings.push({
            title: 'E-HPC Instant: unknown region',
            message: `region "${region}" is not one E-HPC Instant serves` +
                (guess ? ` (did you mean ${guess}?)` : '') +
                `; going on because endpoint is set (${config.endpoint.host}).`
        });
    }
    const registryUrl = config.image.container?.registryUrl;
    const ref = registryUrl ? (0,image_reference/* parseImageReference */.o_)(registryUrl) : undefined;
    const registryRegion = ref && typeof ref !== 'string' ? (0,regions/* acrRegionOf */.S6)(ref.host) : undefined;
    if (ref && typeof ref !== 'string' && registryRegion && registryRegion !== region) {
        warnings.push({
            title: 'E-HPC Instant: registry in another region',
            message: `registry-url is on ${ref.host}, Container Registry in ${registryRegion}, but the image is registered in ${region}: ` +
                `jobs in ${region} will pull it across regions (slower), and cannot reach a -vpc host of another region. ` +
                `Push to ${region}'s registry, or check region.`
        });
    }
    if (ref && typeof ref !== 'string' && ref.tag === undefined && ref.digest === undefined) {
        warnings.push({
            title: 'E-HPC Instant: registry-url has no tag',
            message: `registry-url ${registryUrl} has no tag or digest, so it means :latest, a tag that moves: ` +
                "jobs pull whatever image was pushed last under it, not necessarily this run's. " +
                'Give the tag that was pushed (e.g. :v1.2.3) or its digest (@sha256:\u2026, the digest output of docker/build-push-action).'
        });
    }
    if (ref && typeof ref !== 'string' && (0,image_reference/* isPublicPersonalInstanceHost */.nB)(ref.host)) {
        const vpcHost = ref.host.replace(/^(crpi-[a-z0-9]+)\./, '$1-vpc.');
        warnings.push({
            title: 'Container Registry: public endpoint',
            message: `registry-url is on ${ref.host}, the public endpoint of a Container Registry Personal Edition instance, which cannot be used to pull (Container Registry: push from outside, pull inside a VPC): ` +
                `E-HPC Instant's jobs will not be able to pull it. Register it at the VPC endpoint, ${vpcHost}.`
        });
    }
    return warnings;
}

// EXTERNAL MODULE: ./src/failures/errors.ts
var errors = __webpack_require__(8380);
;// CONCATENATED MODULE: ./src/register/paging.ts
// Which ListImages pages to read, and when the listing has ended. Pure: no I/O, no clock.
//
// The API reference leaves open what `TotalCount` means ("the total number of entries
// returned": the whole set or this page) and whether `PageSize` is clamped, so nothing here
// depends on it: a short or empty page ends the listing; `TotalCount` only plans the reads
// when it can only mean the whole set (more than a full first page holds); a page that
// repeats the one before, or an answer for another page than the one asked, ends it too.
/**
 * ListImages calls in flight at once, at most, and so connections to E-HPC at once. Ten
 * reads a name's first 1,000 versions (at 100 a page) in one round after page 1; more would
 * open more connections than most names ever use, and the memory of a 10,000-version lookup
 * grows with it (docs/PERFORMANCE.md).
 */
const MAX_IN_FLIGHT = 10;
/** Read-ahead starts with this many pages in flight and doubles after each full page. */
const FIRST_WINDOW = 2;
/** No lookup reads more pages than this (200,000 versions at 100 a page). */
const MAX_IMAGE_LIST_PAGES = 2_000;
/** Why a listing ended, in words for the debug log. */
const END_REASON_WORDS = {
    empty: 'an empty page',
    short: 'a page shorter than the page size',
    total: 'the last page TotalCount counts',
    repeat: 'a page that repeats the one before',
    pageNumberIgnored: 'an answer for another page than the one asked',
    limit: `the limit of ${MAX_IMAGE_LIST_PAGES} pages`
};
function wholeNumber(n) {
    return n !== undefined && Number.isInteger(n) && n >= 0;
}
class PagePlan {
    /** The page size in effect: what the server says it used, never more than was asked. */
    pageSize;
    /** The last page, when TotalCount clearly counts the whole set. */
    lastPage;
    total;
    window;
    nextPage = 2;
    /** Every page up to this one has been recorded. */
    contiguous = 1;
    recorded = new Set();
    /** Fingerprints of page `contiguous` and of the pages recorded after it. */
    fingerprints = new Map();
    end;
    /** Plans from the first page (asked with `askedSize` items). */
    constructor(askedSize, first) {
        const answered = first.answeredPageSize;
        let size = answered !== undefined && Number.isInteger(answered) && answered >= 1 && answered <= askedSize
            ? answered
            : askedSize;
        const total = wholeNumber(first.totalCount) ? first.totalCount : undefined;
        this.fingerprints.set(1, first.fingerprint);
        if (first.count === 0)
            this.endAt(1, 'empty');
        else if (first.answeredPageNumber !== undefined && first.answeredPageNumber !== 1) {
            this.endAt(1, 'pageNumberIgnored');
        }
        else if (first.count < size && !(total !== undefined && total > first.count)) {
            this.endAt(1, 'short');
        }
        else if (total !== undefined && total > first.count) {
            // More than this page holds: TotalCount cannot be this page's count. A first page
            // shorter than the size in effect means the server clamped without saying so.
            size = Math.min(size, first.count);
            this.total = total;
            this.lastPage = Math.ceil(total / size);
        }
        this.pageSize = size;
        this.window = this.lastPage === undefined ? FIRST_WINDOW : MAX_IN_FLIGHT;
    }
    /** The next page to ask for with `inFlight` requests running, or undefined for none now. */
    next(inFlight) {
        if (this.end || inFlight >= this.window)
            return undefined;
        const page = this.nextPage;
        if (page > MAX_IMAGE_LIST_PAGES || page > this.contiguous + this.window)
            return undefined;
        if (this.lastPage !== undefined && page > this.lastPage)
            return undefined;
        this.nextPage++;
        return page;
    }
    /** Records a page's answer (in any order). */
    record(facts) {
        const k = facts.pageNumber;
        if (k <= this.contiguous || this.recorded.has(k))
            return;
        this.recorded.add(k);
        this.fingerprints.set(k, facts.fingerprint);
        if (this.fingerprints.get(k + 1) === facts.fingerprint)
            this.endAt(k + 1, 'repeat');
        if (facts.count === 0)
            this.endAt(k, 'empty');
        else if (facts.answeredPageNumber !== undefined && facts.answeredPageNumber !== k) {
            this.endAt(k, 'pageNumberIgnored');
        }
        else if (this.fingerprints.get(k - 1) === facts.fingerprint)
            this.endAt(k, 'repeat');
        else if (facts.count < this.pageSize)
            this.endAt(k, 'short');
        else if (k === this.lastPage && this.total !== undefined) {
            if (facts.count <= this.total - (k - 1) * this.pageSize)
                this.endAt(k, 'total');
            // More than TotalCount left for this page: it was stale; read ahead past it.
            else
                this.lastPage = undefined;
        }
        else if (this.lastPage === undefined) {
            this.window = Math.min(MAX_IN_FLIGHT, this.window * 2);
        }
        while (this.recorded.has(this.contiguous + 1)) {
            this.fingerprints.delete(this.contiguous);
            this.contiguous++;
            this.recorded.delete(this.contiguous);
        }
    }
    /** Why the listing has ended, once every page before its end has been recorded. */
    finished() {
        if (this.end && this.contiguous >= this.end.page)
            return this.end.reason;
        if (!this.end && this.contiguous >= MAX_IMAGE_LIST_PAGES)
            return 'limit';
        return undefined;
    }
    /** The page the listing ended on, once known. */
    get endPage() {
        return this.end?.page;
    }
    /** The last page TotalCount plans for, when it counts the whole set. */
    get plannedLastPage() {
        return this.lastPage;
    }
    /** Pages that may be in flight at once now. */
    get readAhead() {
        return this.window;
    }
    /** Pages read so far without a gap. */
    get pagesRead() {
        return this.contiguous;
    }
    endAt(page, reason) {
        if (!this.end || page < this.end.page)
            this.end = { page, reason };
    }
}

// EXTERNAL MODULE: ./src/failures/retry.ts
var retry = __webpack_require__(3377);
;// CONCATENATED MODULE: ./src/register/lookup.ts



/**
 * The lookup could not tell whether the image is registered. `why` is what happened, for a
 * caller that knows more about what was registered (after an unanswered AddImage).
 */
class LookupIncomplete extends errors/* ActionError */.lZ {
    why;
    constructor(why, advice) {
        super(`${why} Nothing was registered. ${advice}`);
        this.why = why;
    }
}
/**
 * ListImages page sizes, tried in turn while the service refuses one as invalid. The API
 * reference gives no maximum ("Default value: 20"); the product's other list calls cap
 * at 100 or at 50.
 */
const LIST_PAGE_SIZES = [100, 50, 20];
/**
 * Looks the image up by name, version and type through ListImages: the first page, then
 * the following ones a few at a time (see paging.ts), stopping at the first match. Pages
 * are dropped once searched, so memory does not grow with the number of versions.
 */
async function findImage(image, deps) {
    // While page 1 is in flight, the connections the following pages would need open: a
    // lookup of many versions then reads them all in one round after page 1. A name with one
    // page pays for handshakes it does not use (measured in docs/PERFORMANCE.md).
    // Page 1 goes on the connection opened at the start: one fewer. Opened once page 1 has
    // been sent, so that their handshakes' CPU time never delays it.
    const sent = firstPage(image, deps);
    const { warmUp } = deps;
    if (warmUp)
        setImmediate(() => warmUp(MAX_IN_FLIGHT - 1));
    const first = await sent;
    const debug = (message) => deps.debug?.(`Lookup of ${image.name} ${image.version}: ${message}`);
    const found = first.page.images.find(i => isMatch(i, image));
    const firstFacts = facts(1, first.page);
    const pageOne = `page 1 (PageSize ${first.pageSize}) has ${firstFacts.count} images` +
        (firstFacts.totalCount !== undefined ? `, TotalCount ${firstFacts.totalCount}` : '') +
        (firstFacts.answeredPageSize !== undefined ? `, PageSize ${firstFacts.answeredPageSize}` : '');
    if (found) {
        debug(`${pageOne}; the match ${found.imageId} is on it.`);
        return found;
    }
    const plan = new PagePlan(first.pageSize, facts(1, first.page));
    const ended = plan.finished();
    debug(`${pageOne}; ` +
        (ended
            ? `the listing ends there (${END_REASON_WORDS[ended]}).`
            : plan.plannedLastPage !== undefined
                ? `TotalCount plans pages 2-${plan.plannedLastPage} of ${plan.pageSize}, up to ${plan.readAhead} at once.`
                : `reading ahead ${plan.readAhead} pages at once, doubling after each full page (up to ${MAX_IN_FLIGHT}).`));
    let match;
    let failure;
    // Once the lookup has its answer (a match, or a failure), the pages still in flight are
    // not tried again: their retries would only delay the run.
    const answered = new AbortController();
    const pagePolicy = { ...deps.policy, signal: answered.signal };
    const inFlight = new Set();
    let outOfTime = false;
    const read = (pageNumber) => {
        const task = listPage(image, pageNumber, plan.pageSize, {
            ...deps,
            policy: pagePolicy
        })
            .then(page => {
            const onPage = page.images.find(i => isMatch(i, image));
            match ??= onPage;
            plan.record(facts(pageNumber, page));
            debug(`page ${pageNumber} has ${page.images.length} images${onPage ? `, the match ${onPage.imageId} among them` : ''}.`);
            if (match)
                answered.abort();
        }, err => {
            failure ??= { err };
            answered.abort();
        })
            .finally(() => inFlight.delete(task));
        inFlight.add(task);
        debug(`asking for page ${pageNumber} (${inFlight.size} in flight, up to ${plan.readAhead}).`);
    };
    // Every request started is waited for, so that nothing is still running when the
    // caller goes on (e.g. to AddImage).
    for (;;) {
        // The step's time budget bounds the lookup too: no page starts after it.
        outOfTime ||= deps.policy.now() >= deps.policy.deadline;
        if (!match && !failure && !outOfTime) {
            for (let page = plan.next(inFlight.size); page !== undefined; page = plan.next(inFlight.size))
                read(page);
        }
        if (inFlight.size === 0)
            break;
        await Promise.race(inFlight);
    }
    // A match is the answer whatever became of the pages read alongside it.
    if (match)
        return match;
    if (failure)
        throw failure.err;
    const reason = plan.finished();
    debug(reason
        ? `no match; the listing ended at page ${plan.endPage ?? plan.pagesRead} (${END_REASON_WORDS[reason]}).`
        : `no match in ${plan.pagesRead} pages${outOfTime ? "; the step's time budget ran out before the listing ended" : ''}.`);
    if (outOfTime && plan.finished() === undefined) {
        throw new LookupIncomplete(`The step's time budget ran out while ListImages still had pages to read (${plan.pagesRead} read, ${image.name}), so the action cannot tell whether ${image.name} ${image.version} is registered.`, 'Re-run the job; if the service is this slow every time, remove unused versions of this image name.');
    }
    return notFound(image, plan, deps);
}
function notFound(image, plan, deps) {
    const reason = plan.finished();
    const page = plan.endPage ?? plan.pagesRead;
    if (reason === 'repeat' || reason === 'pageNumberIgnored') {
        const what = reason === 'repeat'
            ? `the same images as page ${page - 1}`
            : 'another page than the one asked';
        deps.warn(`ListImages answered page ${page} with ${what}, so the lookup of ${image.name} ${image.version} stopped there without a match. ` +
            'If the image is registered on a later page, AddImage will answer ImageAlreadyExists.');
    }
    else if (reason === undefined || reason === 'limit') {
        throw new LookupIncomplete(`ListImages still had more pages after ${plan.pagesRead} (${image.name}), so the action cannot tell whether ${image.name} ${image.version} is registered.`, 'Remove unused versions of this image name, or use another name.');
    }
    return undefined;
}
/** Page 1, asking for fewer items each time the service refuses PageSize as invalid. */
async function firstPage(image, deps) {
    for (let i = 0;; i++) {
        const pageSize = LIST_PAGE_SIZES[i];
        try {
            return { page: await listPage(image, 1, pageSize, deps), pageSize };
        }
        catch (err) {
            const smaller = LIST_PAGE_SIZES[i + 1];
            if (smaller === undefined || !refusesPageSize(err))
                throw err;
            deps.log(`ListImages refused PageSize ${pageSize} (${err.code}, RequestId ${err.requestId ?? 'none'}); asking for ${smaller} a page.`);
        }
    }
}
/** An InvalidParams/InvalidParameter answer that names PageSize. */
function refusesPageSize(err) {
    return (err instanceof errors/* ApiError */.hD &&
        /^InvalidParam(s|eter)/.test(err.code) &&
        /PageSize/.test(`${err.code} ${err.serverMessage ?? ''}`));
}
function listPage(image, pageNumber, pageSize, deps) {
    return (0,retry/* withRetry */.bD)(() => deps.client.listImages({ name: image.name, type: image.type, pageNumber, pageSize }), deps.policy);
}
/**
 * Same name, version and type. An item without ImageType matches on name and version: the
 * request already asked for this type only.
 */
function isMatch(item, image) {
    return (item.name === image.name &&
        item.version === image.version &&
        (item.imageType === '' || item.imageType.toLowerCase() === image.type.toLowerCase()));
}
function facts(pageNumber, page) {
    return {
        pageNumber,
        count: page.images.length,
        answeredPageNumber: page.pageNumber,
        totalCount: page.totalCount,
        answeredPageSize: page.pageSize,
        fingerprint: page.images.map(i => `${i.imageId}/${i.version}`).join(',')
    };
}

// EXTERNAL MODULE: ./src/failures/error-codes.ts
var error_codes = __webpack_require__(4554);
// EXTERNAL MODULE: ./src/failures/explain.ts
var explain = __webpack_require__(4552);
;// CONCATENATED MODULE: ./src/inputs/canonical-reference.ts
// Canonical forms of container image references, so that a reference the service hands back
// normalised compares equal to the one sent. The rules are Docker's own (distribution/reference,
// ParseNormalizedNamed): a first path component with no "." or ":" and other than "localhost" is
// not a host, such references live on Docker Hub, Docker Hub's one-component names are under
// "library/", and a reference with neither tag nor digest means ":latest".
const DOCKER_HUB = 'docker.io';
/** Names of Docker Hub's registry besides docker.io. */
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io']);
/**
 * `host/path:tag` or `host/path@digest`, with the host lower-cased, Docker Hub written as
 * docker.io/library/... where Docker puts it, and `:latest` where no tag or digest is given.
 * A digest pins the content, so with one the tag is dropped. Never throws: what does not
 * look like a reference comes back trimmed.
 */
function canonicalReference(value) {
    let rest = value.trim();
    if (rest === '' || /\s/.test(rest))
        return rest;
    let digest = '';
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1).toLowerCase();
        rest = rest.slice(0, at);
    }
    const slash = rest.indexOf('/');
    const first = slash < 0 ? '' : rest.slice(0, slash);
    const hasHost = first.includes('.') || first.includes(':') || first === 'localhost';
    let host = hasHost ? first.toLowerCase() : DOCKER_HUB;
    let path = hasHost ? rest.slice(slash + 1) : rest;
    if (DOCKER_HUB_ALIASES.has(host))
        host = DOCKER_HUB;
    let tag = '';
    const colon = path.lastIndexOf(':');
    if (colon >= 0 && !path.includes('/', colon)) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
    }
    if (path === '')
        return value.trim();
    if (host === DOCKER_HUB && !path.includes('/'))
        path = `library/${path}`;
    if (digest)
        return `${host}/${path}@${digest}`;
    return `${host}/${path}:${tag || 'latest'}`;
}
/** Whether two references name the same image once both are in canonical form. */
function sameReference(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    return canonicalReference(a) === canonicalReference(b);
}

;// CONCATENATED MODULE: ./src/register/reuse.ts

/** What this run registers the image as pointing at: the registry URL or the ECS image id. */
function wantedTarget(image) {
    return image.type === 'VM' ? image.vmImageId : image.container?.registryUrl;
}
/** What the existing image points at, in the terms of `image`'s type. */
function foundTarget(image, found) {
    return image.type === 'VM' ? found.vmImageId : found.registryUrl;
}
/**
 * Whether the existing image points at this run's target. Registry URLs compare in canonical
 * form (the service may hand them back normalised); ECS image ids compare exactly.
 */
function sameTarget(image, found) {
    const wanted = wantedTarget(image);
    const current = foundTarget(image, found);
    if (image.type === 'VM')
        return current !== undefined && current === wanted;
    return current !== undefined && sameReference(current, wanted);
}
/**
 * What reusing the existing image leaves different from what this run asks for, one phrase
 * each; [] when nothing. Only fields GetImage shows are compared. No credential value is
 * ever named: GetImage may return the password, and user names stay out too.
 */
function reuseDifferences(image, found) {
    const c = image.container;
    if (image.type !== 'Container' || !c)
        return [];
    const out = [];
    const flag = (field, input, there, here) => {
        if (there !== undefined && there !== here) {
            out.push(`${field} is ${there} there, ${here} in this run (input ${input})`);
        }
    };
    flag('IsACRRegistry', 'acr-registry', found.isAcrRegistry, c.isAcrRegistry);
    flag('IsACREnterprise', 'acr-enterprise', found.isAcrEnterprise, c.isAcrEnterprise);
    if (found.criId !== undefined && found.criId !== (c.criId ?? '')) {
        out.push(`RegistryCriId is ${found.criId || 'not set'} there, ${c.criId ?? 'not set'} in this run (input acr-instance-id)`);
    }
    const credential = c.credential;
    if (!credential) {
        if (found.credentialUserName) {
            out.push('the existing image has a registry credential, and this run passes none (inputs registry-username, registry-password)');
        }
        return out;
    }
    if (found.credentialServer !== undefined && found.credentialServer !== credential.server) {
        out.push("the registry credential's Server differs (input registry-server)");
    }
    if (found.credentialUserName !== undefined && found.credentialUserName !== credential.username) {
        out.push("the registry credential's UserName differs (input registry-username)");
    }
    out.push('this run passes a registry credential, which reuse does not apply and GetImage cannot compare (a rotated registry-password, say)');
    return out;
}
/** The warning for reusing `imageId` although this run asks for something else, if it does. */
function reuseWarning(imageId, image, found) {
    const differences = reuseDifferences(image, found);
    if (differences.length === 0)
        return undefined;
    return (`Reused ${imageId} as it is, although this run would register it differently: ${differences.join('; ')}. ` +
        `To apply this run's settings, set if-exists: replace (it removes ${imageId} and registers the image again).`);
}

;// CONCATENATED MODULE: ./src/register/register.ts






/**
 * Registers `image` unless the same name, version and type is there already, in which
 * case `ifExists` decides. AddImage has no idempotency token, so an attempt that ended
 * without an answer is followed by a lookup, never by a blind resend.
 */
async function registerImage(image, ifExists, deps) {
    const unanswered = {};
    try {
        return await register(image, ifExists, deps, unanswered);
    }
    catch (err) {
        throw unanswered.err ? stillUnknown(unanswered.err, unanswered.removedImageId, err, image) : err;
    }
}
/**
 * The failure of a run whose AddImage may have been carried out: that AddImage's failure
 * (its outcome unknown), telling what failed after it and how to find out what is there.
 */
function stillUnknown(addImageErr, removedImageId, err, image) {
    const failed = err instanceof errors/* ReplaceInterruptedError */.th ? err.failure : err;
    if (failed instanceof errors/* ApiError */.hD && failed.action === 'AddImage' && failed.outcomeUnknown)
        return err;
    // A definite finding: the name and version are taken by an image with another target.
    if (err instanceof errors/* ActionError */.lZ && err.code === 'ImageTargetMismatch')
        return err;
    let later;
    if (failed instanceof errors/* ApiError */.hD) {
        const why = failed.hint ? `: ${failed.hint.replace(/\.$/, '')}` : '';
        later = `${error_codes/* SERVICE_NAME */.OX[failed.service]} ${failed.action} failed with ${failed.code}${why} (RequestId ${failed.requestId ?? 'none'})`;
    }
    else if (err instanceof LookupIncomplete) {
        later = err.why.replace(/\.$/, '');
    }
    else if (err instanceof errors/* ActionError */.lZ) {
        later = err.message.replace(/\.$/, '');
    }
    else {
        later = `an unexpected failure: ${(0,explain/* unexpected */.os)(err)}`;
    }
    const unknown = addImageErr.with({
        hint: (addImageErr.hint ? `${addImageErr.hint} ` : '') +
            `What came after it could not tell whether it registered the image: ${later}. ` +
            `So whether ${describe(image)} is registered is unknown. Look for it in the E-HPC Instant console (Images), ` +
            'or re-run the job: its lookup finds the image if that AddImage registered it and reuses it, and registers it if not.'
    });
    return removedImageId ? new errors/* ReplaceInterruptedError */.th(unknown, removedImageId) : unknown;
}
async function register(image, ifExists, deps, unanswered) {
    let replacedImageId;
    let match = await findImage(image, deps);
    // A reuse's GetImage only reads: it goes out while the image check may still be
    // answering, and its answer is used once the check lets the run go on.
    // A check that stops the run stops its retries too.
    const checkStopped = new AbortController();
    const readPolicy = {
        ...deps.policy,
        signal: deps.policy.signal
            ? AbortSignal.any([deps.policy.signal, checkStopped.signal])
            : checkStopped.signal
    };
    let readAhead = match && ifExists === 'reuse'
        ? currentTarget(match.imageId, image, { ...deps, policy: readPolicy })
        : undefined;
    readAhead?.catch(() => undefined);
    await deps.beforeWrite?.().catch((stop) => {
        checkStopped.abort();
        throw stop;
    });
    // Two rounds at most: the second only when another run registered the image between
    // our lookup and our AddImage (ImageAlreadyExists).
    for (let round = 1;; round++) {
        if (match) {
            const settled = await settleExisting(image, match, ifExists, deps, readAhead);
            readAhead = undefined;
            if (settled)
                return settled;
            replacedImageId = match.imageId;
            unanswered.removedImageId = replacedImageId;
        }
        try {
            const added = await addImage(image, deps, unanswered);
            let shown = added.shown;
            if (replacedImageId) {
                const confirmed = await confirmReplacement(image, added.imageId, replacedImageId, deps);
                if (confirmed.raced)
                    return confirmed.raced;
                shown = confirmed.shown;
            }
            shown ??= await stateOfAdded(image, added.imageId, deps);
            const outcome = replacedImageId ? 'replaced' : 'created';
            deps.log(`Registered ${describe(image)} as ${added.imageId}` +
                (replacedImageId ? `, replacing ${replacedImageId}.` : '.'));
            return {
                imageId: added.imageId,
                created: true,
                outcome,
                requestId: added.requestId,
                replacedImageId,
                appId: shown.appId,
                status: shown.status
            };
        }
        catch (err) {
            if (err instanceof errors/* ApiError */.hD && err.code === 'ImageAlreadyExists' && round >= 2) {
                // Round 2 removed round 1's match: name every image this run removed.
                const removed = [...new Set([unanswered.removedInRound1, replacedImageId])].filter((id) => id !== undefined);
                return await afterSecondDuplicate(image, err, removed, deps, unanswered.err !== undefined);
            }
            if (!(err instanceof errors/* ApiError */.hD) || err.code !== 'ImageAlreadyExists' || round >= 2) {
                // After a remove, an AddImage that failed leaves nothing: the message says so.
                throw replacedImageId &&
                    err instanceof errors/* ApiError */.hD &&
                    err.action === 'AddImage' &&
                    err.code !== 'ImageAlreadyExists'
                    ? new errors/* ReplaceInterruptedError */.th(err, replacedImageId)
                    : err;
            }
            deps.log(`AddImage answered ImageAlreadyExists (another run may have registered ${describe(image)} meanwhile); looking it up again.`);
            match = await findImage(image, deps);
            if (!match) {
                // The service may list a new image late: look once more before giving up.
                const waitMs = lookAgainAfterMs(deps.policy);
                deps.log(`ListImages does not show it yet; looking again in ${waitMs} ms.`);
                await deps.policy.sleep(waitMs);
                match = await findImage(image, deps);
            }
            if (!match && unanswered.err) {
                throw unanswered.err.with({
                    hint: `Then AddImage answered ImageAlreadyExists (RequestId ${err.requestId ?? 'none'}), yet ListImages does not show the image: ` +
                        'the unanswered attempt most likely registered it, and the service lists it late. ' +
                        'Re-run the job in a few minutes: its lookup finds the image and reuses it.'
                });
            }
            if (!match) {
                throw new errors/* ActionError */.lZ(`AddImage answered ImageAlreadyExists (RequestId ${err.requestId ?? 'none'}), but ListImages shows no ${describe(image)}, ` +
                    'neither at once nor a moment later: E-HPC Instant considers the image a duplicate of one the action cannot find by name and version. ' +
                    `Nothing was registered. Check for an image with the same ${targetLabel(image)} (${wantedTarget(image)}) under another name or version, ` +
                    'and remove it or use its name and version.', err.requestId, 'ImageAlreadyExists');
            }
            if (ifExists === 'replace' && match.imageId !== replacedImageId) {
                // Registered by a racing replace run after our lookup: removing it would leave that
                // run's image-id pointing at nothing, so one with our target is the answer.
                const adopted = await adoptIfSameTarget(image, match.imageId, replacedImageId, deps).catch((gone) => {
                    // Removed in turn between the lookup and GetImage (yet another replace run):
                    // there is nothing to use or to remove, so the next round adds ours.
                    if (!(gone instanceof errors/* ApiError */.hD) || gone.code !== 'ImageNotFound')
                        throw gone;
                    deps.log(`${match?.imageId} is gone already (removed by another run); adding this run's image again.`);
                    return 'gone';
                });
                if (adopted === 'gone')
                    match = undefined;
                else if (adopted)
                    return adopted;
            }
            unanswered.removedInRound1 = replacedImageId;
        }
    }
}
/**
 * The app id and status of the image this run has just added: one GetImage. AddImage
 * succeeded, so a GetImage that fails (a policy without ehpc:GetImage, say) only warns.
 */
async function stateOfAdded(image, addedId, deps) {
    try {
        return (await currentTarget(addedId, image, deps)).state;
    }
    catch (err) {
        if (!(err instanceof errors/* ApiError */.hD))
            throw err;
        deps.warn(`Registered ${describe(image)} as ${addedId}, but GetImage failed (${err.code}, RequestId ${err.requestId ?? 'none'}), ` +
            `so app-id and image-status are left empty${getImageAdvice(err)}.`);
        return {};
    }
}
/** What to do when GetImage is refused, for the warnings that name it. */
function getImageAdvice(err) {
    return err.code.startsWith('Forbidden') ? ': allow ehpc:GetImage to the RAM identity' : '';
}
/**
 * After a replace, checks that the image this run added is still there: a racing replace
 * run may have removed it. `shown` is its state when it is (empty when GetImage failed);
 * otherwise `raced` is the racing run's image (same target) to output instead, or an
 * error says what is registered now.
 */
async function confirmReplacement(image, addedId, replacedId, deps) {
    try {
        return { shown: (await currentTarget(addedId, image, deps)).state };
    }
    catch (err) {
        if (!(err instanceof errors/* ApiError */.hD))
            throw err;
        if (err.code !== 'ImageNotFound') {
            // AddImage succeeded: a check that cannot be made must not turn that into a failure.
            deps.warn(`Registered ${addedId}, replacing ${replacedId}, but could not confirm that ${addedId} is still registered: ` +
                `GetImage failed (${err.code}, RequestId ${err.requestId ?? 'none'}). Only a replace run racing this one could have removed it. ` +
                `app-id and image-status are left empty${getImageAdvice(err)}.`);
            return { shown: {} };
        }
    }
    deps.log(`${addedId} was removed right after this run added it: another replace run is racing.`);
    const now = await findImage(image, deps);
    if (!now) {
        throw new errors/* ActionError */.lZ(`${capitalize(describe(image))}: this run removed ${replacedId} and added ${addedId}, but another run (if-exists: replace) removed ${addedId} meanwhile, and nothing is registered under this name and version now. ` +
            'Re-run the job when the other run has finished: its lookup finds nothing and adds the image.');
    }
    const adopted = await adoptIfSameTarget(image, now.imageId, replacedId, deps);
    if (adopted)
        return { raced: adopted, shown: {} };
    throw new errors/* ActionError */.lZ(`${capitalize(describe(image))}: this run added ${addedId}, but another run (if-exists: replace) replaced it with ${now.imageId}, which points at another ${targetLabel(image)}. ` +
        'Avoid running replace for the same name and version in parallel; re-run the job to register this one.');
}
/**
 * Round 2's AddImage answered ImageAlreadyExists too: other runs keep registering this name
 * and version. One more lookup: an image with our target is the answer; otherwise the
 * failure says what this run removed and what is registered now.
 */
async function afterSecondDuplicate(image, err, removed, deps, 
/** An AddImage of this run got no answer: it may have registered the image. */
mayHaveAdded) {
    deps.log(`AddImage answered ImageAlreadyExists again (another run registered ${describe(image)} meanwhile); looking it up once more.`);
    const found = await findImage(image, deps);
    let now = `ListImages shows no ${describe(image)} now (another run may be between its remove and its add)`;
    if (found) {
        const shown = await currentTarget(found.imageId, image, deps).catch((getErr) => {
            if (getErr instanceof errors/* ApiError */.hD)
                return getErr;
            throw getErr;
        });
        if (shown instanceof errors/* ApiError */.hD) {
            now = `ListImages shows ${found.imageId}, but what it points at is unknown: GetImage failed (${shown.code}, RequestId ${shown.requestId ?? 'none'})`;
        }
        else {
            const adopted = await adoptIfSameTarget(image, found.imageId, removed[0], deps, shown, mayHaveAdded);
            if (adopted)
                return adopted;
            now = `${found.imageId}, registered by another run, which points at ${foundTarget(image, shown.target) ?? '(nothing)'}, not at ${wantedTarget(image)}`;
        }
    }
    throw new errors/* ActionError */.lZ(`${capitalize(describe(image))}: other runs kept registering this name and version while this run (if-exists: replace) tried to, ` +
        `so AddImage answered ImageAlreadyExists in both of its rounds (the second: RequestId ${err.requestId ?? 'none'}). ` +
        `This run removed ${removed.length ? removed.join(' and ') : 'nothing'} (if-exists: replace) and ` +
        (mayHaveAdded
            ? 'one of its AddImage attempts got no answer, so whether it registered the image is unknown. '
            : 'registered nothing. ') +
        `Registered now: ${now}. ` +
        'Let one run at a time register this name and version (a workflow concurrency group), then re-run the job: it replaces what is there with this one.', err.requestId, 'ImageAlreadyExists');
}
/** The image a racing run registered, as this run's result when it points at our target. */
async function adoptIfSameTarget(image, imageId, replacedId, deps, 
/** Its GetImage answer, when one was made already. */
shown, 
/** An AddImage of this run got no answer: the image may be its own. */
mayBeOurs = false) {
    const { target, state, requestId } = shown ?? (await currentTarget(imageId, image, deps));
    if (!sameTarget(image, target))
        return undefined;
    const after = replacedId ? ` after ${replacedId} was removed` : ' after this run looked it up';
    const who = mayBeOurs ? "Another run (or this run's unanswered AddImage)" : 'Another run';
    deps.log(`${who} registered ${describe(image)} as ${imageId} with the same ${targetLabel(image)}${after}: using it.`);
    return {
        imageId,
        created: false,
        outcome: 'reused',
        requestId,
        replacedImageId: replacedId,
        appId: state.appId,
        status: state.status
    };
}
/** Applies the if-exists policy to an existing image; undefined means it was removed. */
async function settleExisting(image, match, ifExists, deps, shown) {
    const { log } = deps;
    if (ifExists === 'fail') {
        throw new errors/* ActionError */.lZ(`${capitalize(describe(image))} is already registered as ${match.imageId}, and if-exists is "fail", so nothing was registered. ` +
            'Use a new image-version, or set if-exists: reuse (keep it) or if-exists: replace (register it again).', undefined, 'IfExistsFail');
    }
    if (ifExists === 'replace') {
        log(`Removing ${match.imageId} (${describe(image)}) to replace it (if-exists: replace).`);
        await removeImage(match.imageId, image, deps);
        return undefined;
    }
    const { target: found, state, requestId } = await (shown ?? currentTarget(match.imageId, image, deps));
    if (!sameTarget(image, found)) {
        throw new errors/* ActionError */.lZ(`${capitalize(describe(image))} is already registered as ${match.imageId}, but it points at ${foundTarget(image, found) ?? '(nothing)'}, not at ${wantedTarget(image)}. ` +
            'Nothing was registered. Use a new image-version, or set if-exists: replace to register this one in its place.', requestId, 'ImageTargetMismatch');
    }
    log(`Reused ${match.imageId}: ${describe(image)} is already registered with the same ${targetLabel(image)} (if-exists: reuse).`);
    const warning = reuseWarning(match.imageId, image, found);
    if (warning)
        deps.warn(warning);
    return {
        imageId: match.imageId,
        created: false,
        outcome: 'reused',
        requestId,
        appId: state.appId ?? match.appId,
        status: state.status
    };
}
/**
 * AddImage with retries that never register twice: after an attempt whose outcome is
 * unknown (timeout, reset, 5xx, garbage answer), look before sending again.
 */
async function addImage(image, deps, unanswered) {
    const { client, policy, log } = deps;
    for (let attempt = 1;; attempt++) {
        try {
            return await client.addImage(image);
        }
        catch (err) {
            const again = (0,retry/* mayRetry */.KO)(err, attempt, policy) && (await (0,retry/* waitBeforeRetry */.jy)(err, attempt, policy));
            // Look before sending again, and before giving up: the unanswered attempt may have worked.
            if (err instanceof errors/* ApiError */.hD && err.outcomeUnknown) {
                unanswered.err = err;
                log(`AddImage ended without a clear answer (${err.code}); looking up the image before going on.`);
                const earlier = await findOwnImage(image, deps);
                if (earlier)
                    return earlier;
            }
            if (!again)
                throw (0,retry/* givingUp */._$)(err, attempt);
        }
    }
}
/** The image an unanswered AddImage may have registered, if it is there and points at our target. */
async function findOwnImage(image, deps) {
    const found = await findImage(image, deps);
    if (!found)
        return undefined;
    let checked;
    try {
        checked = await currentTarget(found.imageId, image, deps);
    }
    catch (err) {
        if (!(err instanceof errors/* ApiError */.hD))
            throw err;
        // The lookup's answer is the answer: the image this run asked for is there, under this id.
        deps.warn(`AddImage got no clear answer, and then ListImages showed ${describe(image)} as ${found.imageId}: this run outputs it as the registered image. ` +
            `But GetImage failed (${err.code}, RequestId ${err.requestId ?? 'none'}), so its ${targetLabel(image)} could not be confirmed to be ${wantedTarget(image)}: ` +
            `check it in the E-HPC Instant console${err.code.startsWith('Forbidden') ? ', and allow ehpc:GetImage to the RAM identity' : ''}. ` +
            'app-id is the one ListImages shows; image-status is left empty.');
        return { imageId: found.imageId, shown: { appId: found.appId } };
    }
    const { target, state, requestId } = checked;
    if (!sameTarget(image, target)) {
        throw new errors/* ActionError */.lZ(`AddImage ended without an answer, and meanwhile ${describe(image)} was registered as ${found.imageId} pointing at ${foundTarget(image, target) ?? '(nothing)'}, not at ${wantedTarget(image)} (another run?). ` +
            'Nothing else was registered. Use a new image-version, or re-run with if-exists: replace.', requestId, 'ImageTargetMismatch');
    }
    deps.log(`The earlier AddImage attempt had registered the image: ${found.imageId}.`);
    return {
        imageId: found.imageId,
        requestId,
        shown: { appId: state.appId ?? found.appId, status: state.status }
    };
}
async function removeImage(imageId, image, deps) {
    const { client, policy } = deps;
    try {
        await (0,retry/* withRetry */.bD)(async () => {
            try {
                await client.removeImage(imageId, image.type);
            }
            catch (err) {
                // Gone already: an earlier unanswered attempt, or a racing replace run, removed it,
                // which is what replace wanted.
                if (err instanceof errors/* ApiError */.hD && err.code === 'ImageNotFound') {
                    deps.log(`${imageId} is gone already (removed by an earlier attempt or another run).`);
                    return;
                }
                throw err;
            }
        }, policy);
    }
    catch (err) {
        if (err instanceof errors/* ApiError */.hD && err.code === 'ImageInUse') {
            throw new errors/* ActionError */.lZ(`Cannot replace ${imageId} (${describe(image)}): E-HPC Instant refused to remove it because jobs still use it (ImageInUse, RequestId ${err.requestId ?? 'unknown'}). ` +
                'The old image was left in place and nothing was registered. Wait for those jobs to finish, or use a new image-version.', err.requestId, 'ImageInUse');
        }
        throw err;
    }
}
/** What an existing image points at (GetImage). */
function currentTarget(imageId, image, deps) {
    return (0,retry/* withRetry */.bD)(() => deps.client.getImage(imageId, image.type), deps.policy);
}
/** The wait before the second look after an unexplained ImageAlreadyExists: short, bounded, within the budget. */
function lookAgainAfterMs(policy) {
    return Math.max(0, Math.min(3 * policy.baseDelayMs, policy.maxDelayMs, policy.deadline - policy.now()));
}
function targetLabel(image) {
    return image.type === 'VM' ? 'ECS image' : 'registry URL';
}
function describe(image) {
    return `image "${image.name}" version "${image.version}" (${image.type})`;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

// EXTERNAL MODULE: ./src/http/endpoint.ts
var endpoint = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/failures/retry-policy.ts


/** The first backoff step. */
const BASE_DELAY_MS = 1000;
/** The longest backoff step. */
const MAX_DELAY_MS = 20_000;
/**
 * The retry numbers of one run: max-attempts, the backoff steps, and the step budget's
 * deadline and clock.
 */
function runRetryPolicy(maxAttempts, endpoints, env, budget, onRetry) {
    return {
        maxAttempts,
        baseDelayMs: retryBaseDelayMs(endpoints, env),
        maxDelayMs: MAX_DELAY_MS,
        deadline: budget.deadline,
        sleep: retry/* realSleep */.uk,
        random: Math.random,
        now: budget.now,
        onRetry
    };
}
/**
 * The first backoff step: one second. EHPC_ADD_IMAGE_RETRY_BASE_MS shortens it so that the
 * fault tests need not wait, and counts only when every endpoint is on this machine, so it
 * can never take backoff away from a real service.
 */
function retryBaseDelayMs(endpoints, env) {
    const wanted = Number(env.EHPC_ADD_IMAGE_RETRY_BASE_MS || NaN);
    return (0,endpoint/* onThisMachine */.rF)(endpoints) && wanted >= 0 && wanted < BASE_DELAY_MS ? wanted : BASE_DELAY_MS;
}

// EXTERNAL MODULE: ./src/ehpc/answer.ts
var answer = __webpack_require__(5144);
;// CONCATENATED MODULE: ./src/ehpc/add-image-query.ts
const REDACTED = '***';
/** AddImage's query parameters: the spec that fits the type, as a JSON string with PascalCase keys. */
function addImageQuery(image) {
    const query = {
        Name: image.name,
        ImageType: image.type,
        ImageVersion: image.version
    };
    if (image.description)
        query.Description = image.description;
    if (image.type === 'Container' && image.container) {
        const c = image.container;
        const spec = {
            RegistryUrl: c.registryUrl,
            IsACRRegistry: c.isAcrRegistry,
            IsACREnterprise: c.isAcrEnterprise
        };
        if (c.criId)
            spec.RegistryCriId = c.criId;
        if (c.credential) {
            spec.RegistryCredential = {
                Server: c.credential.server,
                UserName: c.credential.username,
                Password: c.credential.password
            };
        }
        query.ContainerImageSpec = JSON.stringify(spec);
    }
    else if (image.vmImageId) {
        query.VMImageSpec = JSON.stringify({ ImageId: image.vmImageId });
    }
    return query;
}
/** The same request with the registry password replaced, for logs and dry-run. */
function redactedAddImageQuery(image) {
    if (!image.container?.credential)
        return addImageQuery(image);
    return addImageQuery({
        ...image,
        container: {
            ...image.container,
            credential: { ...image.container.credential, password: REDACTED }
        }
    });
}

;// CONCATENATED MODULE: ./src/ehpc/client.ts


const EHPC_VERSION = '2023-07-01';
function createEhpcClient(call) {
    return {
        async addImage(image) {
            const { body, requestId } = await call({ action: 'AddImage', query: addImageQuery(image) });
            return { imageId: (0,answer/* imageIdOf */.CR)(body.ImageId, 'AddImage', requestId), requestId };
        },
        async listImages({ name, type, pageNumber, pageSize }) {
            const { body, requestId } = await call({
                action: 'ListImages',
                query: {
                    ImageNames: JSON.stringify([name]),
                    ImageType: type,
                    ImageCategory: 'Custom',
                    Mode: 'List',
                    PageNumber: String(pageNumber),
                    PageSize: String(pageSize)
                }
            });
            const items = Array.isArray(body.Images) ? body.Images : [];
            return {
                images: items.map(i => ({
                    imageId: (0,answer/* imageIdOf */.CR)(i.ImageId, 'ListImages', requestId),
                    name: (0,answer/* text */.Qq)(i.Name) ?? '',
                    version: (0,answer/* text */.Qq)(i.Version) ?? '',
                    imageType: (0,answer/* text */.Qq)(i.ImageType) ?? '',
                    appId: (0,answer/* shownValue */.JJ)(i.AppId)
                })),
                totalCount: num(body.TotalCount),
                pageNumber: num(body.PageNumber),
                pageSize: num(body.PageSize),
                requestId
            };
        },
        async getImage(imageId, type) {
            const { body, requestId } = await call({
                action: 'GetImage',
                query: { ImageId: imageId, ImageType: type, ImageCategory: 'Custom' }
            });
            const image = (body.Image ?? {});
            const spec = image.ContainerImageSpec;
            const credential = (typeof spec?.RegistryCredential === 'object' ? spec.RegistryCredential : undefined);
            return {
                target: {
                    registryUrl: (0,answer/* text */.Qq)(spec?.RegistryUrl),
                    vmImageId: (0,answer/* text */.Qq)(image.VMImageSpec?.ImageId),
                    isAcrRegistry: (0,answer/* flag */.Jt)(spec?.IsACRRegistry),
                    isAcrEnterprise: (0,answer/* flag */.Jt)(spec?.IsACREnterprise),
                    criId: (0,answer/* shownText */.f$)(spec, 'RegistryCriId'),
                    credentialServer: (0,answer/* text */.Qq)(credential?.Server),
                    credentialUserName: (0,answer/* text */.Qq)(credential?.UserName)
                },
                state: { appId: (0,answer/* shownValue */.JJ)(image.AppId), status: (0,answer/* shownValue */.JJ)(image.Status) },
                requestId
            };
        },
        async removeImage(imageId, type) {
            const { requestId } = await call({
                action: 'RemoveImage',
                query: { ImageId: imageId, ImageType: type }
            });
            return { requestId };
        }
    };
}
function num(v) {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    return Number.isFinite(n) ? n : undefined;
}

// EXTERNAL MODULE: ./src/credentials/sources.ts
var sources = __webpack_require__(980);
;// CONCATENATED MODULE: ./src/credentials/oidc-claims.ts
const SHOWN = ['sub', 'aud', 'iss', 'repository_id', 'repository_owner_id'];
const MAX_TOKEN_LENGTH = 64 * 1024;
/** The payload's trust claims, or undefined when `token` is not a JWT with a JSON payload. */
function readTrustClaims(token) {
    if (token.length > MAX_TOKEN_LENGTH)
        return undefined;
    const parts = token.trim().split('.');
    if (parts.length !== 3 || !/^[A-Za-z0-9_-]+$/.test(parts[1]))
        return undefined;
    let payload;
    try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        return undefined;
    const claims = {};
    for (const name of SHOWN) {
        const value = claimText(payload[name]);
        if (value !== undefined)
            claims[name] = value;
    }
    return claims;
}
function claimText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return String(value);
    if (Array.isArray(value) && value.every(v => typeof v === 'string'))
        return value.join(', ');
    return undefined;
}
/**
 * `The token's claims: sub "\u2026", aud "\u2026", \u2026` for an STS refusal; names the claims the trust
 * policy's conditions are matched against (oidc:sub, oidc:aud, oidc:iss).
 */
function describeTrustClaims(claims, origin) {
    if (!claims)
        return `${origin} is not a JWT whose claims could be read.`;
    const shown = SHOWN.filter(name => claims[name] !== undefined).map(name => `${name} ${JSON.stringify(claims[name])}`);
    if (shown.length === 0)
        return `${origin} has none of the claims sub, aud, iss.`;
    return `${origin} has ${shown.join(', ')}.`;
}

;// CONCATENATED MODULE: ./src/credentials/resolve.ts



const MISSING_ID_TOKEN_PERMISSION = 'Keyless auth (role-to-assume + oidc-provider-arn) needs a GitHub OIDC token, but this job may not request one: ' +
    'ACTIONS_ID_TOKEN_REQUEST_URL is not set, so the job lacks the id-token permission. Add to the workflow or the job:\n' +
    '  permissions:\n' +
    '    id-token: write\n' +
    '(and contents: read if the job checks out code). Pull requests from forks never get an OIDC token.';
/** Static keys as they are, temporary keys from STS for an OIDC token, or the default chain. */
async function resolveCredentials(auth, deps) {
    if (auth.kind === 'default-chain') {
        // After the chain, which masks what it found: no line comes between a secret and its mask.
        const found = await deps.defaultChain();
        deps.debug('Credential source: no explicit one in the inputs or environment, so the Alibaba Cloud default chain.');
        return found;
    }
    if (auth.kind === 'keys') {
        deps.debug(`Credential source: an AccessKey${auth.securityToken ? ' with an STS security token' : ''} from ${auth.source === 'inputs' ? 'the inputs' : 'the environment'}.`);
        deps.log(`Using the AccessKey ${auth.accessKeyId} from ${auth.source === 'inputs' ? 'the inputs' : 'the environment'}` +
            (auth.securityToken ? ' with an STS security token.' : '.'));
        return {
            accessKeyId: auth.accessKeyId,
            accessKeySecret: auth.accessKeySecret,
            securityToken: auth.securityToken,
            secretFrom: keySecretFrom(auth)
        };
    }
    const { token, origin } = await oidcToken(auth, deps);
    deps.mask(token);
    const claims = readTrustClaims(token);
    const creds = await deps
        .assumeRole({
        roleArn: auth.roleArn,
        providerArn: auth.providerArn,
        oidcToken: token,
        sessionName: auth.sessionName,
        durationSeconds: auth.durationSeconds
    })
        .catch((err) => {
        if (err instanceof errors/* ApiError */.hD && err.code.startsWith('AuthenticationFail')) {
            throw err.with({ hint: describeTrustClaims(claims, `The ${origin}`) });
        }
        throw err;
    });
    deps.mask(creds.accessKeySecret);
    if (creds.securityToken)
        deps.mask(creds.securityToken);
    // Only now: no line comes between a secret obtained above and its mask.
    deps.debug(`Credential source: ${auth.tokenFile ? `the OIDC token file in ${sources/* OIDC_TOKEN_FILE_ENV */.RQ}` : 'a GitHub OIDC token'}, traded with STS AssumeRoleWithOIDC for ${auth.roleArn} (provider ${auth.providerArn}).`);
    deps.debug(describeTrustClaims(claims, `The ${origin}`));
    const from = auth.source === 'inputs' ? 'the inputs' : 'the environment';
    deps.log(`Assumed ${auth.roleArn} (from ${from}) with the ${origin} (session ${auth.sessionName}).`);
    return { ...creds, secretFrom: `the temporary keys STS issued for ${auth.roleArn}` };
}
/** The OIDC token to trade, and what it is for messages. */
async function oidcToken(auth, deps) {
    if (auth.tokenFile) {
        const path = auth.tokenFile;
        const token = await deps.readTokenFile(path).catch((err) => {
            const which = err instanceof Error ? err.message : String(err);
            throw new errors/* ActionError */.lZ(`env ${sources/* OIDC_TOKEN_FILE_ENV */.RQ} names ${path}, which ${which}. On ACK, check that RRSA is enabled for the cluster and the pod's service account, so that the token volume is mounted there.`, undefined, 'OidcTokenFileUnreadable');
        });
        return { token, origin: `OIDC token in ${sources/* OIDC_TOKEN_FILE_ENV */.RQ} (${path})` };
    }
    if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        throw new errors/* ActionError */.lZ(MISSING_ID_TOKEN_PERMISSION, undefined, 'IdTokenUnavailable');
    }
    try {
        return { token: await deps.getIDToken(auth.audience), origin: 'GitHub OIDC token' };
    }
    catch (err) {
        // A bounded fetch's failure (timeout, 5xx, proxy) says what happened: not a permission problem.
        if (err instanceof errors/* ApiError */.hD)
            throw err;
        const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').trim() : String(err);
        throw new errors/* ActionError */.lZ(`Could not get a GitHub OIDC token for audience "${auth.audience}": ${detail}. ` +
            'Check that the job has permissions: id-token: write, then re-run.', undefined, 'IdTokenUnavailable');
    }
}
/** Where an AccessKey's secret was read, for the advice of a signature the service refused. */
function keySecretFrom(auth) {
    return auth.source === 'inputs'
        ? 'the access-key-secret input'
        : `the environment variable ${sources/* CREDENTIAL_ENV */.c$['access-key-secret']}`;
}

;// CONCATENATED MODULE: ./src/credentials/sts.ts

const STS_VERSION = '2015-04-01';
/** Trades an OIDC token for temporary credentials. One HTTP attempt. */
async function assumeRoleWithOidc(call, req) {
    const { body, requestId } = await call({
        action: 'AssumeRoleWithOIDC',
        // As @alicloud/credentials (OIDCRoleArnCredentialsProvider) sends it: the action in the
        // query, the parameters in a form body; the token never in a URL that a proxy could log.
        query: {
            Version: STS_VERSION,
            Action: 'AssumeRoleWithOIDC',
            Format: 'JSON',
            Timestamp: isoSeconds(new Date())
        },
        form: {
            RoleArn: req.roleArn,
            OIDCProviderArn: req.providerArn,
            OIDCToken: req.oidcToken,
            RoleSessionName: req.sessionName,
            DurationSeconds: String(req.durationSeconds)
        }
    });
    const c = (body.Credentials ?? {});
    const accessKeyId = typeof c.AccessKeyId === 'string' ? c.AccessKeyId : '';
    const accessKeySecret = typeof c.AccessKeySecret === 'string' ? c.AccessKeySecret : '';
    const securityToken = typeof c.SecurityToken === 'string' ? c.SecurityToken : '';
    if (!accessKeyId || !accessKeySecret || !securityToken) {
        throw new errors/* ApiError */.hD({
            service: 'sts',
            action: 'AssumeRoleWithOIDC',
            code: 'InvalidResponse',
            requestId,
            serverMessage: 'the answer has no complete Credentials',
            delivery: 'incomplete-answer'
        });
    }
    return {
        accessKeyId,
        accessKeySecret,
        securityToken,
        expiration: typeof c.Expiration === 'string' ? c.Expiration : undefined,
        requestId
    };
}
/** `2026-01-02T03:04:05Z`, the RPC Timestamp form. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(6698);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(3053);
var external_node_diagnostics_channel_default = /*#__PURE__*/__webpack_require__.n(external_node_diagnostics_channel_);
// EXTERNAL MODULE: ./src/report/urls.ts
var urls = __webpack_require__(414);
// EXTERNAL MODULE: ./src/budget/step-budget.ts
var step_budget = __webpack_require__(6989);
// EXTERNAL MODULE: ./src/credentials/id-token-error.ts
var id_token_error = __webpack_require__(4374);
// EXTERNAL MODULE: ./src/http/call-log.ts
var call_log = __webpack_require__(429);
;// CONCATENATED MODULE: ./src/credentials/github-oidc-token.ts









const current = new external_node_async_hooks_.AsyncLocalStorage();
let listening = false;
/** Follows the requests started inside an attempt, wherever in the libraries they start. */
function listen() {
    if (listening)
        return;
    listening = true;
    external_node_diagnostics_channel_default().subscribe('http.client.request.start', message => {
        const attempt = current.getStore();
        const { request } = message;
        if (!attempt)
            return;
        if (attempt.abandoned)
            request.destroy();
        else
            attempt.requests.add(request);
    });
    external_node_diagnostics_channel_default().subscribe('http.client.response.finish', message => {
        const attempt = current.getStore();
        if (attempt)
            attempt.status = message.response.statusCode;
    });
}
async function fetchIdToken(audience, options) {
    listen();
    const action = `OIDC token request to ${(0,urls/* httpHost */.r6)(options.url) ?? 'the ACTIONS_ID_TOKEN_REQUEST_URL host'}`;
    const call = { service: 'github', action };
    return (0,retry/* withRetry */.bD)(() => (0,step_budget/* withinBudget */.xV)(options.budget, call, options.timeoutMs, timeoutMs => attemptOnce(audience, action, { ...options, timeoutMs })), options.policy);
}
function attemptOnce(audience, action, options) {
    const attempt = { requests: new Set(), abandoned: false };
    const call = {
        service: 'github',
        host: (0,urls/* httpHost */.r6)(options.url) ?? 'the ACTIONS_ID_TOKEN_REQUEST_URL host',
        action: 'OIDC token request'
    };
    return (0,call_log/* loggedHttpCall */.p$)(call, () => attemptWith(attempt, audience, action, options), () => ({ status: attempt.status }));
}
function attemptWith(attempt, audience, action, options) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            attempt.abandoned = true;
            for (const request of attempt.requests)
                request.destroy();
            reject(timedOut(action, attempt.status));
        }, options.timeoutMs);
        current
            .run(attempt, () => options.getIDToken(audience))
            .then(token => {
            clearTimeout(timer);
            resolve(token);
        }, (err) => {
            clearTimeout(timer);
            reject(tokenError(action, err, attempt.status));
        });
    });
}
function timedOut(action, status) {
    // A 5xx seen before the limit (a proxy's CONNECT answered, then the GET not) says more.
    if (status !== undefined && status >= 500)
        return httpError(action, status);
    return new errors/* ApiError */.hD({ service: 'github', action, code: 'RequestTimeout' });
}
function httpError(action, status, redirectHost) {
    const refused = status === 401 || status === 403;
    const redirect = status >= 300 && status < 400;
    return new errors/* ApiError */.hD({
        service: 'github',
        action,
        code: `HTTP${status}`,
        httpStatus: status,
        serverMessage: redirect
            ? `HTTP ${status}: GitHub's token service answered with a redirect${redirectHost ? ` to ${redirectHost}` : ''}, which is not followed (the job's request token goes to no host but the one ACTIONS_ID_TOKEN_REQUEST_URL names)`
            : `HTTP ${status}`,
        hint: refused
            ? 'GitHub did not accept the job\'s request token: check that the job has "permissions: id-token: write" (pull requests from forks never get one).'
            : redirect
                ? "The runner gives the token URL (ACTIONS_ID_TOKEN_REQUEST_URL): check the runner's network path to GitHub's token service (a proxy or gateway that redirects, HTTPS_PROXY / NO_PROXY)."
                : undefined
    });
}
/** What @actions/core's error (a message only) says went wrong, as an ApiError. */
function tokenError(action, err, status) {
    const message = err instanceof Error ? err.message : String(err);
    const base = { service: 'github', action };
    // The proxy's answer to CONNECT, from the tunnel library: "statusCode=407".
    const proxyStatus = /statusCode=(\d{3})/.exec(message)?.[1];
    if (proxyStatus) {
        return new errors/* ApiError */.hD({ ...base, ...(0,error_codes/* proxyFailure */.xh)(Number(proxyStatus)) });
    }
    if (err instanceof id_token_error/* IdTokenAnswerError */.B)
        return httpError(action, err.statusCode, err.redirectHost);
    const answered = Number(/Error Code : (\d{3})/.exec(message)?.[1] ?? status ?? NaN);
    if (answered >= 300)
        return httpError(action, answered);
    if (/do not have ID Token/i.test(message)) {
        return new errors/* ApiError */.hD({
            ...base,
            code: 'InvalidResponse',
            serverMessage: 'the answer has no token',
            delivery: 'incomplete-answer'
        });
    }
    // The URL is the runner's (ACTIONS_ID_TOKEN_REQUEST_URL), not an input of the action.
    const hint = "The runner gives the token URL (ACTIONS_ID_TOKEN_REQUEST_URL): check the runner's network path to it (HTTPS_PROXY / NO_PROXY).";
    const network = (0,error_codes/* networkErrorCode */.a0)(undefined, message);
    if (network)
        return new errors/* ApiError */.hD({ ...base, code: network, hint });
    if (/timeout/i.test(message))
        return new errors/* ApiError */.hD({ ...base, code: 'RequestTimeout', hint });
    return new errors/* ApiError */.hD({
        ...base,
        code: 'UnknownError',
        // No URL: a library's message may end with the request's.
        serverMessage: (0,urls/* stripUrls */.dj)(message).replace(/\s+/g, ' ').trim()
    });
}

// EXTERNAL MODULE: ./src/report/log.ts
var log = __webpack_require__(6472);
;// CONCATENATED MODULE: ./src/http/node-debug.ts
/**
 * NODE_DEBUG (set workflow-wide to debug another tool) makes Node print the options of every
 * HTTP connection to stderr, request headers included: the GitHub token, the ID-token request
 * token, the STS security token. Node reads the variable once, at start-up, so unsetting it
 * here is too late. Node writes each of its debug messages with one stderr write that starts
 * with `<SECTION> <pid>: ` (util.debuglog); those writes are dropped, everything else passes.
 * Returns whether it did so (NODE_DEBUG is set). `process.stderr` is only read then: reading it
 * makes Node set up the stream (a pipe on the runner), which no other run needs.
 */
function silenceNodeDebug(env, stream, pid = process.pid) {
    if (!env.NODE_DEBUG?.trim())
        return false;
    const stderr = stream ?? process.stderr;
    // The pid may be coloured when stderr is a terminal.
    const debugLine = new RegExp(`^[\\w.*-]+ (?:\\x1b\\[\\d+m)?${pid}(?:\\x1b\\[\\d+m)?: `);
    const write = stderr.write.bind(stderr);
    stderr.write = ((chunk, ...rest) => {
        const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString() : '';
        if (debugLine.test(text)) {
            // Keep the write callback's contract.
            const callback = rest.find(a => typeof a === 'function');
            if (callback)
                process.nextTick(callback);
            return true;
        }
        return write(chunk, ...rest);
    });
    return true;
}

// EXTERNAL MODULE: ./src/http/proxy-configured.ts
var proxy_configured = __webpack_require__(5157);
;// CONCATENATED MODULE: ./src/connect.ts









/** The run checks a VM image with ECS DescribeImages. */
function checksEcs(config) {
    return config.image.type === 'VM' && config.verifyImage !== 'false';
}
/** The endpoints this run calls: Alibaba Cloud's, and GitHub's API with annotate-release. */
function apiEndpoints(config) {
    return [
        config.endpoint,
        ...(config.auth?.kind === 'oidc' ? [config.stsEndpoint] : []),
        ...(checksEcs(config) ? [config.ecsEndpoint] : []),
        ...(config.release ? [config.release.apiEndpoint] : [])
    ];
}
/** Each endpoint the run calls and why it is that one, for the debug log. */
function endpointReasons(config) {
    const { region } = config;
    const at = (e) => `${e.protocol}://${e.host}`;
    const why = (service, e, input, regionDefault) => `Endpoint of ${service}: ${at(e)} (` +
        (e.host === regionDefault && e.protocol === 'https'
            ? `the default for region ${region}; input ${input} sets another`
            : `input ${input}`) +
        ').';
    return [
        why('E-HPC Instant', config.endpoint, 'endpoint', (0,regions/* defaultEndpointHost */.Ld)(region)),
        ...(config.auth?.kind === 'oidc'
            ? [why('STS', config.stsEndpoint, 'sts-endpoint', `sts.${region}.aliyuncs.com`)]
            : []),
        ...(checksEcs(config)
            ? [why('ECS', config.ecsEndpoint, 'ecs-endpoint', `ecs.${region}.aliyuncs.com`)]
            : []),
        ...(config.release
            ? [
                `Endpoint of the GitHub API: ${at(config.release.apiEndpoint)} (env GITHUB_API_URL, or https://api.github.com without it).`
            ]
            : [])
    ];
}
/**
 * For a dry run: the proxy routes the real run would take, checked as the real run checks
 * them (a proxy setting it cannot use is an input error in both).
 */
async function plannedProxyRoutes(config, env) {
    if (!(0,proxy_configured/* proxyConfigured */.$)(env))
        return [];
    const { proxyRoutes } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 7856));
    return proxyRoutes(apiEndpoints(config), env).map(route => route.description);
}
/**
 * The E-HPC Instant client of this run: the network set up (proxy routes), the credentials
 * resolved from their source, and a client that signs with them; `warmUp` opens more
 * connections to E-HPC for requests to come. Every secret it reads or obtains goes to
 * `mask` the moment it is known.
 */
async function connectEhpc(config, policy, env, mask, budget) {
    const timeoutMs = config.requestTimeoutMs;
    // `debug` (under the client's HTTP library) prints every signed request, secrets included,
    // when DEBUG names it; it reads DEBUG once, when the client loads just below. The bundle has
    // a stand-in that is always off (src/stand-ins/debug.cjs); this keeps the real one off too.
    delete env.DEBUG;
    if (silenceNodeDebug(env))
        log/* log */.Rm.info("NODE_DEBUG is set: Node's debug output is left out, as it holds request headers.");
    // Checked here so that proxy.ts is only loaded when a proxy is configured.
    if ((0,proxy_configured/* proxyConfigured */.$)(env)) {
        const { routeThroughProxy } = await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 7856));
        for (const route of routeThroughProxy(apiEndpoints(config), env, timeoutMs, mask))
            log/* log */.Rm.info(`Connecting to ${route}.`);
    }
    // Through the proxy routes just set. The E-HPC and STS connections open while the client
    // loads and while GitHub's token is fetched: their handshakes are off the critical path.
    const { preconnect } = await __webpack_require__.e(/* import() */ 519).then(__webpack_require__.bind(__webpack_require__, 4519));
    const early = [
        config.endpoint,
        ...(config.auth.kind === 'oidc' ? [config.stsEndpoint] : []),
        ...(checksEcs(config) ? [config.ecsEndpoint] : [])
    ];
    // A connection waits for its request at most the request timeout, within the step budget.
    const open = (endpoint, connections) => {
        const left = Math.min(timeoutMs, budget.deadline - budget.now());
        if (left > 0)
            preconnect(endpoint, connections, left);
    };
    for (const endpoint of new Map(early.map(e => [`${e.protocol}://${e.host}`, e])).values())
        open(endpoint, 1);
    // Once: a second lookup (after ImageAlreadyExists) finds the first one's connections open.
    let warmed = false;
    const warmUp = (connections) => {
        if (!warmed)
            open(config.endpoint, connections);
        warmed = true;
    };
    // Loaded here, not at start-up: input errors and dry runs never need the cloud client.
    const { createRpcCaller } = await Promise.all(/* import() */[__webpack_require__.e(746), __webpack_require__.e(500), __webpack_require__.e(765)]).then(__webpack_require__.bind(__webpack_require__, 136));
    const credentials = await resolveCredentials(config.auth, {
        env,
        getIDToken: audience => fetchIdToken(audience, {
            url: env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '',
            timeoutMs,
            policy,
            budget,
            // Loaded only for keyless runs: @actions/http-client stays out of start-up.
            getIDToken: async (requested) => (await __webpack_require__.e(/* import() */ 137).then(__webpack_require__.bind(__webpack_require__, 9137))).requestIdToken(requested, env, mask)
        }),
        // RRSA only: loaded when a token file is to be read.
        readTokenFile: async (path) => (await __webpack_require__.e(/* import() */ 302).then(__webpack_require__.bind(__webpack_require__, 2302))).readTokenFile(path),
        // Loaded only when no explicit source is given: the library is not in the start-up path.
        defaultChain: async () => {
            const { fromDefaultChain } = await __webpack_require__.e(/* import() */ 208).then(__webpack_require__.bind(__webpack_require__, 208));
            return fromDefaultChain({ env, timeoutMs, budget, mask, log: log/* log */.Rm.info });
        },
        assumeRole: req => {
            const call = createRpcCaller({
                service: 'sts',
                version: STS_VERSION,
                endpoint: config.stsEndpoint,
                timeoutMs,
                budget
            });
            return (0,retry/* withRetry */.bD)(() => assumeRoleWithOidc(call, req), policy);
        },
        mask,
        log: log/* log */.Rm.info,
        debug: log/* log */.Rm.debug
    });
    // Once the credentials are masked: a secret obtained above has no line before its mask.
    for (const line of endpointReasons(config))
        log/* log */.Rm.debug(line);
    const identity = config.auth.kind === 'oidc'
        ? `the RAM role ${config.auth.roleArn}`
        : `the AccessKey ${credentials.accessKeyId}`;
    const signedCaller = (service, version, endpoint) => createRpcCaller({
        service,
        version,
        endpoint,
        credentials,
        identity,
        secretSource: credentials.secretFrom,
        timeoutMs,
        budget
    });
    const client = createEhpcClient(signedCaller('ehpc', EHPC_VERSION, config.endpoint));
    return { client, warmUp, signedCaller };
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/report/outputs.ts + 1 modules
var outputs = __webpack_require__(5253);
// EXTERNAL MODULE: ./src/report/job-summary.ts
var job_summary = __webpack_require__(5236);
;// CONCATENATED MODULE: ./src/verify/start.ts

/**
 * Starts the read-only check of what `config` registers, or undefined with verify-image:
 * false. The promise never rejects: what keeps the check from answering is an `unverified`
 * outcome.
 */
function startImageCheck(config, deps) {
    if (config.verifyImage === 'false')
        return undefined;
    const { image } = config;
    if (image.type === 'VM' && image.vmImageId) {
        const imageId = image.vmImageId;
        const host = config.ecsEndpoint.host;
        const ecsCaller = deps.ecsCaller;
        if (!ecsCaller) {
            return Promise.resolve({
                kind: 'unverified',
                where: `ECS ${host} (region ${config.region})`,
                why: 'a dry run without an AccessKey in the inputs or the environment has nothing to sign the ECS DescribeImages call with.'
            });
        }
        deps.log(`Checking vm-image-id ${imageId} with ECS DescribeImages at ${host}.`);
        return settled(__webpack_require__.e(/* import() */ 288).then(__webpack_require__.bind(__webpack_require__, 7288)).then(({ checkVmImage }) => checkVmImage(imageId, config.region, { call: ecsCaller, policy: deps.policy, host })), `ECS ${host}`);
    }
    const container = image.container;
    if (image.type === 'Container' && container) {
        return settled(__webpack_require__.e(/* import() */ 240).then(__webpack_require__.bind(__webpack_require__, 2240)).then(({ checkContainerImage }) => checkContainerImage(container, {
            env: deps.env,
            timeoutMs: deps.timeoutMs,
            attempts: config.maxAttempts,
            mask: deps.mask,
            log: deps.log,
            debug: deps.debug
        })), 'the registry');
    }
    return undefined;
}
function settled(check, where) {
    return check.catch((err) => ({
        kind: 'unverified',
        where,
        why: `the check failed unexpectedly: ${(0,explain/* unexpected */.os)(err)}.`
    }));
}

;// CONCATENATED MODULE: ./src/verify/policy.ts

const NOTHING_WRITTEN = 'Nothing was registered: the check runs before anything is written to E-HPC Instant.';
/** verify-image decides: `auto` stops on a definite answer only, `true` on anything short of a confirmation. */
function verdict(policy, check) {
    switch (check.kind) {
        case 'confirmed':
            return {
                action: 'go',
                note: `Verified at ${check.where}: the image exists` +
                    (check.digest ? ` (digest ${check.digest})` : '') +
                    (check.status ? ` and is ${check.status}` : '') +
                    '.'
            };
        case 'definite':
            return {
                action: 'fail',
                error: new errors/* ActionError */.lZ(`${check.message} ${NOTHING_WRITTEN}`, check.requestId, check.code)
            };
        case 'unverified':
            if (policy === 'auto')
                return { action: 'warn', warning: `image not verified: ${check.why}` };
            return {
                action: 'fail',
                error: new errors/* ActionError */.lZ(`The image could not be verified at ${check.where}: ${check.why} verify-image is true, so the run stops. ${NOTHING_WRITTEN} ` +
                    'Fix what kept the check from answering, or set verify-image: auto to register with a warning when the check cannot be made.', check.requestId, 'ImageNotVerified')
            };
    }
}

;// CONCATENATED MODULE: ./src/verify/gate.ts

/**
 * Holds the run's writes until the image check has answered: `beforeWrite` resolves when
 * the run may write, and rejects (each time it is asked) when verify-image says stop. The
 * check itself started earlier, alongside the credentials and the lookup.
 */
function imageGate(check, policy, deps) {
    let decided;
    const beforeWrite = () => {
        decided ??= (async () => {
            if (!check || policy === 'false')
                return;
            const found = verdict(policy, await check);
            if (found.action === 'fail')
                throw found.error;
            if (found.action === 'warn')
                deps.warn(found.warning);
            else
                deps.log(found.note);
        })();
        return decided;
    };
    return { beforeWrite, outcome: async () => (check ? await check : undefined) };
}

// EXTERNAL MODULE: ./src/verify/ecs-version.ts
var ecs_version = __webpack_require__(4281);
;// CONCATENATED MODULE: ./src/run-steps.ts
// What the run needs once its inputs are valid, gathered so that the bundle holds it in one
// chunk, loaded by main.ts after the input check: an input error loads only the input check
// and its report (docs/PERFORMANCE.md, start-up).
















/***/ }),

/***/ 4281:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: function() { return /* binding */ ECS_VERSION; }
/* harmony export */ });
/** The ECS API version DescribeImages is called with; apart from ecs.ts so start-up does not load the check. */
const ECS_VERSION = '2014-05-26';


/***/ })

};
;