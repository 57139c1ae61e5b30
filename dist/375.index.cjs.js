"use strict";
exports.id = 375;
exports.ids = [375];
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

/***/ 7375:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BodyTooLongError: function() { return /* binding */ BodyTooLongError; },
  ContendedError: function() { return /* binding */ ContendedError; },
  LIST_PAGE_SIZE: function() { return /* binding */ LIST_PAGE_SIZE; },
  MAX_RELEASE_LIST_PAGES: function() { return /* binding */ MAX_RELEASE_LIST_PAGES; },
  UncheckedWriteError: function() { return /* binding */ UncheckedWriteError; },
  annotateRelease: function() { return /* binding */ annotateRelease; },
  describeDryRun: function() { return /* binding */ describeDryRun; },
  findRelease: function() { return /* binding */ findRelease; },
  recordOf: function() { return /* binding */ recordOf; },
  releaseFailureMessage: function() { return /* binding */ releaseFailureMessage; },
  watchBlock: function() { return /* binding */ watchBlock; },
  writeRecord: function() { return /* binding */ writeRecord; }
});

// EXTERNAL MODULE: ./src/failures/errors.ts
var errors = __webpack_require__(8380);
// EXTERNAL MODULE: ./src/failures/explain.ts
var explain = __webpack_require__(4552);
// EXTERNAL MODULE: ./src/failures/error-codes.ts
var error_codes = __webpack_require__(4554);
// EXTERNAL MODULE: ./src/text/unsafe.ts
var unsafe = __webpack_require__(9909);
;// CONCATENATED MODULE: ./src/release/block.ts
/**
 * The action's own block in a GitHub Release body: one line naming the registered image,
 * between two HTML comments keyed by region, image name and type. Everything here is pure
 * text editing; nothing outside the block is ever changed.
 */

/** GitHub refuses release bodies longer than this (HTTP 422). */
const MAX_RELEASE_BODY_CHARS = 125_000;
const TAG = 'ehpc-add-image';
/**
 * A key part as it may appear inside an HTML comment: percent-encoded, and with no `--`
 * and no trailing `-`, which end or break a comment in GitHub's Markdown.
 */
function keyPart(value) {
    return encodeURIComponent(value).replace(/-(?=-)|-$/g, '%2D');
}
/** `region=\u2026 name=\u2026 type=\u2026`, the same for every run that registers this image there. */
function blockKey(r) {
    return `region=${keyPart(r.region)} name=${keyPart(r.name)} type=${keyPart(r.type)}`;
}
function startMarker(key) {
    return `<!-- ${TAG}:start ${key} -->`;
}
function endMarker(key) {
    return `<!-- ${TAG}:end ${key} -->`;
}
/** A Markdown code span that holds `value` literally, on one line. */
function code(value) {
    const text = value.replace(unsafe/* UNSAFE_CHARS */.LN, ' ');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** The block's one line: name, version, type, region, image id and the replaced id. */
function recordLine(r) {
    const replaced = r.replacedImageId ? `, replacing ${code(r.replacedImageId)}` : '';
    return (`E-HPC Instant image ${code(r.name)} ${code(r.version)} (${code(r.type)}) ` +
        `in ${code(r.region)}: ${code(r.imageId)}${replaced}`);
}
/** The whole block, markers included, with `eol` between its lines and none after it. */
function renderBlock(r, eol = '\n') {
    const key = blockKey(r);
    return [startMarker(key), recordLine(r), endMarker(key)].join(eol);
}
/**
 * Where `marker` stands as a whole line at or after `from`, or -1. A marker only counts as
 * a line of its own: the record line starts with "E-HPC Instant image" and is one line, so
 * text in it (an image-version holding a marker, say) can never be taken for a marker.
 */
function markerLine(body, marker, from) {
    for (let at = body.indexOf(marker, from); at >= 0; at = body.indexOf(marker, at + 1)) {
        const after = at + marker.length;
        const ownLine = (at === 0 || body[at - 1] === '\n') &&
            (after === body.length || body[after] === '\n' || body.startsWith('\r\n', after));
        if (ownLine)
            return at;
    }
    return -1;
}
/**
 * Where the blocks keyed like `r` are: each start marker line with the first end marker line
 * after it. A start marker whose end was deleted is skipped (not paired with a later block's
 * end), so that the text after it is never taken for part of a block.
 */
function findBlocks(body, r) {
    const key = blockKey(r);
    const start = startMarker(key);
    const end = endMarker(key);
    const spans = [];
    for (let at = markerLine(body, start, 0); at >= 0;) {
        const close = markerLine(body, end, at + start.length);
        if (close < 0)
            break;
        const nextStart = markerLine(body, start, at + start.length);
        if (nextStart >= 0 && nextStart < close) {
            at = nextStart;
            continue;
        }
        spans.push({ from: at, to: close + end.length });
        at = markerLine(body, start, close + end.length);
    }
    return spans;
}
/** The line break the body already uses: CRLF when it has any (bodies edited on github.com). */
function lineBreakOf(body) {
    return body.includes('\r\n') ? '\r\n' : '\n';
}
/**
 * The body with this record's block in it: the block keyed like `r` replaced in place, or
 * appended after a blank line. Copies of the block beyond the first are removed (with the
 * blank line before them). Every other character stays as it was.
 */
function upsertBlock(body, r) {
    const text = body ?? '';
    const eol = lineBreakOf(text);
    const block = renderBlock(r, eol);
    const spans = findBlocks(text, r);
    if (spans.length === 0) {
        if (text === '')
            return block;
        const gap = text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
        return text + gap + block;
    }
    let out = '';
    let pos = 0;
    spans.forEach((span, i) => {
        let from = span.from;
        if (i > 0 && text.slice(pos, from).endsWith(eol + eol))
            from -= 2 * eol.length;
        out += text.slice(pos, Math.max(pos, from)) + (i === 0 ? block : '');
        pos = span.to;
    });
    return out + text.slice(pos);
}
/** True when the body holds this record's block exactly once, as this record renders it. */
function holdsRecord(body, r) {
    const text = body ?? '';
    const spans = findBlocks(text, r);
    if (spans.length !== 1)
        return false;
    const found = text.slice(spans[0].from, spans[0].to).replace(/\r\n/g, '\n');
    return found === renderBlock(r, '\n');
}

// EXTERNAL MODULE: ./src/failures/retry.ts
var retry = __webpack_require__(3377);
// EXTERNAL MODULE: ./src/release/releases-api.ts
var releases_api = __webpack_require__(9226);
// EXTERNAL MODULE: ./src/budget/step-budget.ts
var step_budget = __webpack_require__(6989);
;// CONCATENATED MODULE: ./src/release/annotate.ts







const LIST_PAGE_SIZE = 100;
/** Drafts are looked for among this many pages of releases (1,000 releases). */
const MAX_RELEASE_LIST_PAGES = 10;
/** Writes of the block before giving up on a release that other writers keep changing. */
const MAX_WRITES = 6;
function recordOf(source, result) {
    const { name, version, type } = source.image;
    return {
        region: source.region,
        name,
        version,
        type,
        imageId: result.imageId,
        replacedImageId: result.replacedImageId
    };
}
/**
 * Writes the record into the GitHub Release of the run's tag (drafts included), replacing
 * the block an earlier run wrote. Not a tag run, or no release: a notice, not a failure.
 * Any GitHub failure: an ActionError that says the image was registered all the same.
 */
async function annotateRelease(config, record, deps) {
    const { repository, tag } = config;
    if (!tag || !repository) {
        deps.notice(`annotate-release: ${!repository ? 'this is not a GitHub Actions run (no GITHUB_REPOSITORY)' : `this run is for ${config.ref ?? 'no tag'}, not a tag`}, ` +
            `so image id ${record.imageId} was not written into a GitHub Release. ` +
            'Run the workflow on a tag push (on: push: tags) or a release event to record it.');
        return;
    }
    let api;
    try {
        const connect = deps.connect ?? (await defaultConnect(deps));
        api = await connect({ ...config, repository });
        deps.log(`Looking for the GitHub Release of tag ${tag} in ${repository} (drafts included).`);
        const release = await findRelease(api, tag);
        if (!release) {
            deps.notice(`annotate-release: ${repository} has no GitHub Release for tag ${tag} (drafts included), ` +
                `so image id ${record.imageId} was not written into one. ` +
                'Run this step after the step that creates the release (e.g. gh release create), in the same job or a later one.');
            return;
        }
        const what = `${release.draft ? 'Draft release' : 'Release'} ${release.id} of tag ${tag}`;
        const writes = await writeRecord(api, release, record, deps);
        deps.log(writes === 0
            ? `${what} already records ${record.imageId}; left it as it was.`
            : `${what} now records ${record.imageId}${release.htmlUrl ? `: ${release.htmlUrl}` : '.'}`);
    }
    catch (err) {
        throw new errors/* ActionError */.lZ(releaseFailureMessage(err, record, tag, repository), apiFailureOf(err)?.requestId, 'ReleaseNotAnnotated');
    }
    finally {
        api?.close();
    }
}
async function defaultConnect(deps) {
    // Loaded only here: the Octokit client is not needed unless a release is to be edited.
    const { connectGithub } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(104)]).then(__webpack_require__.bind(__webpack_require__, 8104));
    return (config) => connectGithub({
        token: config.token,
        apiUrl: config.apiUrl,
        repository: config.repository,
        timeoutMs: deps.timeoutMs,
        policy: deps.policy,
        budget: deps.budget,
        log: deps.log,
        debug: deps.debug
    });
}
/**
 * The release of `tag`: the published one by tag, else the newest in the list with that
 * tag name, which is where drafts are (a draft's tag does not exist yet, so the by-tag
 * lookup cannot see it).
 */
async function findRelease(api, tag) {
    const published = await api.getByTag(tag);
    if (published)
        return published;
    for (let page = 1; page <= MAX_RELEASE_LIST_PAGES; page++) {
        const releases = await api.list(page, LIST_PAGE_SIZE);
        const match = releases.find(r => r.tagName === tag);
        if (match)
            return match;
        if (releases.length < LIST_PAGE_SIZE)
            return undefined;
    }
    return undefined;
}
/** Another writer kept replacing the body, so the block could not be made to stay. */
class ContendedError extends Error {
    writes;
    constructor(writes) {
        super(`the block was not in the release body after ${writes} writes`);
        this.writes = writes;
        this.name = 'ContendedError';
    }
}
/**
 * The write was answered, but the step's budget ran out (or a read back failed, after its
 * retries: `readFailure`) before the run had watched the release for the whole window after
 * it, so whether another writer dropped the block meanwhile (or later in the window) is not
 * known.
 */
class UncheckedWriteError extends Error {
    writes;
    answerHolds;
    windowMs;
    lastSeenMs;
    readFailure;
    constructor(writes, 
    /** Whether GitHub's answer to the last write holds the block. */
    answerHolds, 
    /** How long the window after the last write is, in ms. */
    windowMs, 
    /** How long after the last write a read last found the block; undefined: no read. */
    lastSeenMs, 
    /** The read back that failed; undefined: the budget ran out. */
    readFailure) {
        super(`the block was written ${writes} times but not watched for the whole window`);
        this.writes = writes;
        this.answerHolds = answerHolds;
        this.windowMs = windowMs;
        this.lastSeenMs = lastSeenMs;
        this.readFailure = readFailure;
        this.name = 'UncheckedWriteError';
    }
}
/** The block would push the body past GitHub's limit. */
class BodyTooLongError extends Error {
    length;
    constructor(length) {
        super(`the body would be ${length} characters long`);
        this.length = length;
        this.name = 'BodyTooLongError';
    }
}
/**
 * Read, change, write, then watch. GitHub has no conditional update for releases: a writer
 * (another matrix leg) that read the body before our write and whose write lands after it
 * drops our block, and it cannot know it did. Such a write lands at most `timeoutMs`
 * (request-timeout-seconds, alike for every leg) after our write did: the other leg's
 * attempt was in flight by then, and its client gives up at that bound. So after each
 * write we read the release back until that window has passed (reads spaced by the backoff
 * steps, with jitter so that legs drift apart, and one at the window's end), and write
 * again, with a new window, whenever the block is gone.
 * Returns the number of writes (0: the block was there already).
 */
async function writeRecord(api, release, record, deps) {
    let current = release;
    if (holdsRecord(current.body, record))
        return 0;
    for (let writes = 1;; writes++) {
        const written = await api.update(current.id, async (attempt) => {
            // A retry re-reads: resending a body made from notes read before the wait would drop
            // what other legs wrote meanwhile, after their watch windows had passed.
            if (attempt > 1) {
                current = await api.get(current.id);
                // The failed attempt landed after all (its answer was lost): nothing to write again.
                if (holdsRecord(current.body, record)) {
                    deps.log(`Release ${current.id} already holds the block (the earlier attempt of the write landed); not writing it again.`);
                    return undefined;
                }
            }
            const body = upsertBlock(current.body, record);
            if (body.length > MAX_RELEASE_BODY_CHARS)
                throw new BodyTooLongError(body.length);
            return body;
        });
        const seen = await watchBlock(api, current.id, record, writes, written ?? current, deps);
        if (seen.holds)
            return writes;
        current = seen.release;
        if (writes === MAX_WRITES)
            throw new ContendedError(writes);
        deps.log(`The block is not in release ${current.id} after the write: another writer changed the body meanwhile; writing it again (${writes + 1}/${MAX_WRITES}).`);
    }
}
/**
 * Reads the release back until `deps.timeoutMs` has passed since the write landed, or until a
 * read finds the block gone. The budget leaving no room for the next read: UncheckedWriteError.
 */
async function watchBlock(api, id, record, writes, written, deps) {
    const { policy, timeoutMs: windowMs } = deps;
    const writtenAt = policy.now();
    const windowEnd = writtenAt + windowMs;
    let lastSeenMs;
    const unchecked = (readFailure) => new UncheckedWriteError(writes, holdsRecord(written.body, record), windowMs, lastSeenMs, readFailure);
    for (let reads = 1;; reads++) {
        const left = windowEnd - policy.now();
        if (left <= 0 && lastSeenMs !== undefined)
            return { holds: true };
        // The first read waits at least the base step, so that a write racing ours can land.
        const step = policy.baseDelayMs + (0,retry/* backoffDelay */.EY)(policy, reads);
        const wait = reads === 1 ? step : Math.max(0, Math.min(left, step));
        if (policy.now() + wait >= policy.deadline)
            throw unchecked();
        await policy.sleep(wait);
        const readAt = policy.now();
        let current;
        try {
            current = await api.get(id);
        }
        catch (err) {
            // The write stands whatever the read says: only the watch is cut short.
            if (err instanceof errors/* ApiError */.hD)
                throw unchecked(err.code === step_budget/* BUDGET_CODE */.Ke ? undefined : err);
            throw err;
        }
        if (!holdsRecord(current.body, record))
            return { holds: false, release: current };
        lastSeenMs = readAt - writtenAt;
    }
}
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const RERUN = 'A re-run is safe: the image is reused, not registered again.';
/** The GitHub error a failure carries, for its request id. */
function apiFailureOf(err) {
    if (err instanceof releases_api/* EarlierWriteUnknownError */.k)
        return apiFailureOf(err.failure);
    if (err instanceof UncheckedWriteError)
        return err.readFailure;
    return err instanceof errors/* ApiError */.hD ? err : undefined;
}
/** `HTTP 403 SecondaryRateLimit ("\u2026"), X-GitHub-Request-Id \u2026` */
function describeApiError(err) {
    // HTTP403 says no more than "HTTP 403"; SecondaryRateLimit (HTTP 403) does.
    const status = err.httpStatus !== undefined ? `HTTP ${err.httpStatus}` : '';
    const code = err.code === `HTTP${err.httpStatus}` ? status : [status, err.code].filter(Boolean).join(' ');
    const said = err.serverMessage ? ` ("${err.serverMessage.replace(/\.$/, '')}")` : '';
    const id = err.requestId ? `, X-GitHub-Request-Id ${err.requestId}` : '';
    return `${code}${said}${id}`;
}
/** The one failure message: the image was registered, what failed, what to do. */
function releaseFailureMessage(err, record, tag, repository) {
    const registered = `The image WAS registered: ${record.name} ${record.version} (${record.type}) in ${record.region} is ${record.imageId}` +
        `${record.replacedImageId ? `, replacing ${record.replacedImageId}` : ''} (see the image-id output). `;
    if (err instanceof UncheckedWriteError) {
        return (registered +
            `Then the GitHub Release of tag ${tag} in ${repository} could not be watched after the write: ` +
            uncheckedWrite(err));
    }
    const failed = `But writing it into the GitHub Release of tag ${tag} in ${repository} failed: `;
    if (err instanceof releases_api/* EarlierWriteUnknownError */.k) {
        const earlier = `Before that, UpdateRelease attempt ${err.attempt} got ${describeApiError(err.unknown)}, ` +
            'which does not say whether GitHub carried it out: the block may have been written. ' +
            'Look for it in the release notes.';
        const { what, fix } = annotate_explain(err.failure, true);
        return registered + failed + [what, earlier, fix, RERUN].filter(Boolean).join(' ');
    }
    const { what, fix } = annotate_explain(err, false);
    return registered + failed + [what, fix, RERUN].filter(Boolean).join(' ');
}
function uncheckedWrite(err) {
    const answer = err.answerHolds
        ? "the block was written (GitHub's answer to the write holds the block)"
        : "the block was sent, but GitHub's answer to the write does not show it";
    const window = seconds(err.windowMs);
    const watched = err.lastSeenMs === undefined
        ? 'It was not read back at all.'
        : `A read ${seconds(err.lastSeenMs)} after the write still found it; the rest of the window was not watched.`;
    const read = err.readFailure;
    const cut = read
        ? `but reading the release back failed: GitHub API GetRelease failed${read.attempts > 1 ? ` after ${read.attempts} attempts` : ''} with ${describeApiError(read)}, so the run could not watch it`
        : "but the step's time budget ran out before the run could watch the release";
    return (`${answer}${err.writes > 1 ? ` (write ${err.writes}, after other writers had dropped it)` : ''}, ` +
        `${cut} for the ${window} after the write ` +
        '(request-timeout-seconds: how long a write by another matrix leg can still land and drop the block). ' +
        `${watched} Look for the block in the release notes; if it is missing, re-run the job. ` +
        `${read ? `${githubFix(read)} ` : ''}${RERUN}`);
}
/**
 * What failed, and what to do. `earlierUnknown`: an earlier attempt of the write may have
 * landed, so the last failure cannot say the release was not changed.
 */
function annotate_explain(err, earlierUnknown) {
    if (err instanceof BodyTooLongError) {
        return {
            what: `with the block, the release body would be ${err.length} characters, above GitHub's limit of ${MAX_RELEASE_BODY_CHARS}.`,
            fix: 'Shorten the release notes, then re-run the job.'
        };
    }
    if (err instanceof ContendedError) {
        return {
            what: `other writers kept changing the release body, and after ${err.writes} writes the block was still not there.`,
            fix: 'Re-run the job (fewer matrix legs at once help).'
        };
    }
    if (!(err instanceof errors/* ApiError */.hD))
        return { what: (0,explain/* unexpected */.os)(err), fix: '' };
    const mayHaveWritten = err.action === 'UpdateRelease' && err.outcomeUnknown;
    if (err.code === step_budget/* BUDGET_CODE */.Ke) {
        return {
            what: `the step's time budget ran out at GitHub API ${err.action}. ${err.hint ?? ''}`.trim() +
                (mayHaveWritten ? ' The block may or may not have been written.' : ''),
            fix: 'Check the network path to GITHUB_API_URL, then re-run the job.'
        };
    }
    const tries = err.attempts > 1 ? ` after ${err.attempts} attempts` : '';
    const outcome = err.action !== 'UpdateRelease'
        ? ''
        : err.outcomeUnknown
            ? ' GitHub may have carried out this attempt: the block may have been written.'
            : earlierUnknown
                ? ''
                : ' The release was not changed.';
    return {
        what: `GitHub API ${err.action} failed${tries} with ${describeApiError(err)}.${outcome}`,
        fix: githubFix(err)
    };
}
function githubFix(err) {
    switch (err.httpStatus) {
        case 401:
            return 'github-token was refused (expired or revoked?): pass a valid token, or leave github-token at its default ${{ github.token }}.';
        case 403:
            if (err.code === 'RateLimited' || err.code === 'SecondaryRateLimit')
                break;
            return ('The token may not edit releases: give the job `permissions: contents: write` ' +
                '(or, for a personal access token, the Contents: read and write permission on this repository).');
        case 404:
            return err.action === 'ListReleases'
                ? 'The token cannot see the repository: check github-token (the default ${{ github.token }} always can).'
                : 'The release was deleted meanwhile: re-run the job once the release exists.';
        case 422:
            return 'GitHub rejected the new release body; check the release notes (size, content).';
    }
    if (err.code === 'RateLimited' || err.code === 'SecondaryRateLimit') {
        return 'GitHub rate-limited the token: re-run the job later, or run fewer jobs that use the API at once.';
    }
    if (err.httpStatus !== undefined && err.httpStatus >= 500) {
        return 'GitHub is having trouble: re-run the job later (see https://www.githubstatus.com).';
    }
    // A network failure the error-code table knows (a proxy refusal, a DNS failure, ...).
    const known = err.httpStatus === undefined ? (0,error_codes/* knownCode */.Fk)(err.code) : undefined;
    if (known && err.code !== 'RequestTimeout')
        return (0,explain/* fixFor */.jc)(err);
    return ('Check the network path to GITHUB_API_URL (proxy: HTTPS_PROXY / NO_PROXY), ' +
        'or raise request-timeout-seconds / max-attempts.');
}
/** What a dry run says about the release: where the block would go, and the block. */
function describeDryRun(config, source) {
    const sample = renderBlock(recordOf(source, { imageId: '<image id>' }));
    if (!config.tag || !config.repository) {
        return `annotate-release: true, but this run is for ${config.ref ?? 'no tag'}, so no GitHub Release would be written to (a notice would say so).`;
    }
    return (`annotate-release: true: after registering, the run would write into the GitHub Release of tag ${config.tag} ` +
        `in ${config.repository} (drafts included; replacing its own block from an earlier run), this block:\n${sample}`);
}


/***/ }),

/***/ 9226:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: function() { return /* binding */ EarlierWriteUnknownError; }
/* harmony export */ });
/**
 * The update failed (`failure`: the last attempt's error, or why the retry's body could not
 * be made, such as the re-read's error), after an earlier attempt whose outcome is unknown
 * (a 502, a timeout): that attempt may have written the body.
 */
class EarlierWriteUnknownError extends Error {
    failure;
    attempt;
    unknown;
    constructor(failure, 
    /** The first attempt whose outcome is unknown, and its error. */
    attempt, unknown) {
        super(`UpdateRelease attempt ${attempt} may have been performed; then the update failed`);
        this.failure = failure;
        this.attempt = attempt;
        this.unknown = unknown;
        this.name = 'EarlierWriteUnknownError';
    }
}


/***/ })

};
;