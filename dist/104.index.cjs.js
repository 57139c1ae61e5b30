"use strict";
exports.id = 104;
exports.ids = [104];
exports.modules = {

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

/***/ 2836:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: function() { return /* binding */ createHttpFetch; },
/* harmony export */   n: function() { return /* binding */ HttpFetchError; }
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _call_log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(429);



/** A failure of the transport itself; `code` says which (ETIMEDOUT, ETOOLARGE, ...). */
class HttpFetchError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = 'HttpFetchError';
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([204, 205, 304]);
function createHttpFetch(options) {
    const { timeoutMs, maxBodyBytes = 64 * 1024 * 1024, maxRedirects = 5 } = options;
    const agents = {
        'http:': new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true }),
        'https:': new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true })
    };
    const once = (url, method, headers, body, signal, bound) => new Promise((resolve, reject) => {
        const protocol = url.protocol;
        const send = protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_1___default().request) : (node_http__WEBPACK_IMPORTED_MODULE_0___default().request);
        const req = send(url, {
            method,
            headers: body ? { ...headers, 'content-length': String(body.length) } : headers,
            agent: agents[protocol]
        });
        let settled = false;
        const finish = () => {
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
        };
        const fail = (err) => {
            if (settled)
                return;
            finish();
            reject(err);
            req.destroy();
        };
        const timer = setTimeout(() => fail(new HttpFetchError('ETIMEDOUT', `no complete answer within ${bound.ms} ms`)), Math.max(1, bound.deadline - Date.now()));
        const onAbort = () => fail(new HttpFetchError('EABORTED', 'the request was aborted'));
        signal?.addEventListener('abort', onAbort, { once: true });
        req.on('error', fail);
        req.on('response', res => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > maxBodyBytes) {
                    fail(new HttpFetchError('ETOOLARGE', `the answer is larger than ${maxBodyBytes} bytes`));
                }
                else
                    chunks.push(chunk);
            });
            res.on('error', fail);
            res.on('aborted', () => fail(new HttpFetchError('ECONNRESET', 'the answer was cut off')));
            res.on('end', () => {
                if (settled)
                    return;
                finish();
                resolve({
                    status: res.statusCode ?? 0,
                    statusText: res.statusMessage ?? '',
                    headers: res.headers,
                    body: Buffer.concat(chunks)
                });
            });
        });
        if (signal?.aborted)
            onAbort();
        else
            req.end(body);
    });
    const within = (ms) => (input, init = {}) => fetchBy({ deadline: Date.now() + ms, ms }, input, init);
    const fetchBy = async (bound, input, init) => {
        let url = new URL(String(input));
        let method = (init.method ?? 'GET').toUpperCase();
        const headers = { ...init.headers };
        let body = init.body === undefined || init.body === null
            ? undefined
            : typeof init.body === 'string'
                ? Buffer.from(init.body, 'utf8')
                : Buffer.from(init.body);
        for (let hop = 0;; hop++) {
            if (url.protocol !== 'http:' && url.protocol !== 'https:') {
                throw new HttpFetchError('EPROTOCOL', `cannot fetch ${url.protocol} URLs`);
            }
            const answer = await logged(url, method, () => once(url, method, headers, body, init.signal, bound));
            const location = answer.headers.location;
            if (!REDIRECTS.has(answer.status) || !location || init.redirect === 'manual') {
                return toResponse(answer, url, method);
            }
            const next = new URL(location, url);
            if (init.redirect === 'error' || hop >= maxRedirects) {
                // The host only: a Location's path and query may hold a signature or token.
                throw new HttpFetchError('EREDIRECT', `too many redirects (the last to ${next.host})`);
            }
            // As fetch() does: credentials stay with the origin they were meant for.
            if (next.origin !== url.origin) {
                for (const name of Object.keys(headers)) {
                    if (name.toLowerCase() === 'authorization')
                        delete headers[name];
                }
            }
            if (answer.status === 303 ||
                ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
                for (const name of Object.keys(headers)) {
                    if (/^content-(type|length)$/i.test(name))
                        delete headers[name];
                }
            }
            url = next;
        }
    };
    return {
        fetch: within(timeoutMs),
        within,
        close: () => {
            agents['http:'].destroy();
            agents['https:'].destroy();
        }
    };
}
/** One exchange with the GitHub API, in the debug log: the path only, never the query. */
async function logged(url, method, send) {
    const call = { service: 'github', host: url.host, action: `${method} ${url.pathname}` };
    const started = performance.now();
    try {
        const answer = await send();
        const requestId = answer.headers['x-github-request-id'];
        (0,_call_log_js__WEBPACK_IMPORTED_MODULE_2__/* .logHttpCall */ .TJ)({
            ...call,
            status: answer.status,
            requestId: typeof requestId === 'string' ? requestId : undefined,
            durationMs: performance.now() - started
        });
        return answer;
    }
    catch (err) {
        const code = err instanceof HttpFetchError ? err.code : (err.code ?? 'failed');
        (0,_call_log_js__WEBPACK_IMPORTED_MODULE_2__/* .logHttpCall */ .TJ)({ ...call, code, durationMs: performance.now() - started });
        throw err;
    }
}
function toResponse(answer, url, method) {
    if (answer.status < 200 || answer.status > 599) {
        throw new HttpFetchError('EBADSTATUS', `the server answered with status ${answer.status}`);
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
        if (Array.isArray(value))
            for (const v of value)
                headers.append(name, v);
        else if (value !== undefined)
            headers.append(name, value);
    }
    const empty = NULL_BODY.has(answer.status) || method === 'HEAD';
    const response = new Response(empty ? null : answer.body, {
        status: answer.status,
        statusText: answer.statusText,
        headers
    });
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
}


/***/ }),

/***/ 8104:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectGithub: function() { return /* binding */ connectGithub; }
/* harmony export */ });
/* unused harmony export toGithubError */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8380);
/* harmony import */ var _failures_error_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4554);
/* harmony import */ var _http_octokit_fetch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2836);
/* harmony import */ var _failures_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3377);
/* harmony import */ var _releases_api_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9226);
/* harmony import */ var _budget_step_budget_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6989);







/**
 * The releases of one repository through @actions/github's Octokit, against GITHUB_API_URL,
 * over the action's own transport (http-fetch.ts: the proxy routes connect.ts set up for every
 * endpoint, and the time bound), with the action's retry rules: 5xx, network failures and
 * secondary rate limits are retried, other 4xx are not. Every failure comes out as an
 * ApiError of service 'github'.
 */
async function connectGithub(o) {
    const [owner, repo] = o.repository.split('/');
    const transport = (0,_http_octokit_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .createHttpFetch */ .H)({ timeoutMs: o.timeoutMs });
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(o.token, {
        baseUrl: o.apiUrl,
        userAgent: 'ehpc-add-image',
        request: { fetch: transport.fetch },
        log: { debug: o.debug, info: o.debug, warn: o.log, error: o.log }
    });
    const { repos } = octokit.rest;
    const host = new URL(o.apiUrl).host;
    /** One attempt within the budget, with a transport bounded by what is left of it. */
    const attempt = (action, fn, read) => (0,_budget_step_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .withinBudget */ .xV)(o.budget, { service: 'github', action, host }, o.timeoutMs, async (ms) => {
        let data;
        try {
            data = (await fn({ fetch: transport.within(ms) })).data;
        }
        catch (err) {
            const failure = toGithubError(action, err, Date.now());
            throw failure.host === undefined ? failure.with({ host }) : failure;
        }
        return read(data);
    });
    const call = (action, fn, read) => (0,_failures_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(() => attempt(action, fn, read), o.policy);
    return {
        async getByTag(tag) {
            try {
                return await call('GetReleaseByTag', request => repos.getReleaseByTag({ owner, repo, tag, request }), asRelease('GetReleaseByTag'));
            }
            catch (err) {
                if (err instanceof _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD && err.httpStatus === 404)
                    return undefined;
                throw err;
            }
        },
        list(page, perPage) {
            return call('ListReleases', request => repos.listReleases({ owner, repo, page, per_page: perPage, request }), data => {
                if (!Array.isArray(data))
                    throw invalid('ListReleases');
                return data.map(asRelease('ListReleases'));
            });
        },
        get(id) {
            return call('GetRelease', request => repos.getRelease({ owner, repo, release_id: id, request }), asRelease('GetRelease'));
        },
        async update(id, bodyFor) {
            let previous;
            let unknown;
            try {
                return await (0,_failures_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(async (n) => {
                    if (previous?.outcomeUnknown)
                        unknown ??= { attempt: n - 1, error: previous };
                    let body;
                    try {
                        body = await bodyFor(n);
                    }
                    catch (err) {
                        // Making the body failed (its own calls retried already): not a retry of ours.
                        throw new BodyNotMade(err);
                    }
                    if (body === undefined)
                        return undefined;
                    try {
                        return await attempt('UpdateRelease', request => repos.updateRelease({ owner, repo, release_id: id, body, request }), asRelease('UpdateRelease'));
                    }
                    catch (err) {
                        if (err instanceof _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD)
                            previous = err;
                        throw err;
                    }
                }, o.policy);
            }
            catch (err) {
                const failure = err instanceof BodyNotMade ? err.cause : err;
                // The last failure says only whether the last attempt may have landed.
                throw unknown
                    ? new _releases_api_js__WEBPACK_IMPORTED_MODULE_5__/* .EarlierWriteUnknownError */ .k(failure, unknown.attempt, unknown.error)
                    : failure;
            }
        },
        close: transport.close
    };
}
class BodyNotMade extends Error {
    cause;
    constructor(cause) {
        super('the release body could not be made');
        this.cause = cause;
    }
}
function asRelease(action) {
    return (data) => {
        const d = (typeof data === 'object' && data !== null ? data : {});
        if (typeof d.id !== 'number')
            throw invalid(action);
        return {
            id: d.id,
            tagName: typeof d.tag_name === 'string' ? d.tag_name : '',
            draft: d.draft === true,
            body: typeof d.body === 'string' ? d.body : '',
            htmlUrl: typeof d.html_url === 'string' ? d.html_url : undefined
        };
    };
}
/** A 2xx answer that is not the JSON GitHub sends (a proxy's page?). */
function invalid(action) {
    return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ service: 'github', action, code: 'InvalidResponse' });
}
/**
 * What Octokit threw, as an ApiError. Only the status, GitHub's message, its request id and
 * the rate-limit headers are kept: Octokit's errors also carry the request.
 */
function toGithubError(action, err, now) {
    const e = (typeof err === 'object' && err !== null ? err : {});
    const base = { service: 'github', action };
    const response = e.response;
    if (response && typeof e.status === 'number') {
        const status = e.status;
        const headers = response.headers ?? {};
        const data = response.data;
        const serverMessage = typeof data?.message === 'string' && data.message ? data.message : undefined;
        const fields = {
            ...base,
            httpStatus: status,
            requestId: headers['x-github-request-id'],
            serverMessage
        };
        const wait = rateLimitWait(status, headers, serverMessage, now);
        if (wait) {
            return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...fields, code: wait.code, retryAfterMs: wait.ms });
        }
        return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...fields, code: `HTTP${status}` });
    }
    // No answer: Octokit wraps the transport's error (as status 500) in `cause`.
    const cause = (e.cause ?? err);
    const failed = { ...base, serverMessage: cause.message };
    switch (cause.code) {
        case 'ETIMEDOUT':
            return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...failed, code: 'RequestTimeout' });
        case 'ETOOLARGE':
        case 'EBADSTATUS':
            return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...failed, code: 'InvalidResponse' });
        case 'ETUNNELTIMEOUT':
            // The proxy never opened the tunnel: nothing reached GitHub.
            return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...failed, code: 'RequestTimeout', delivery: 'not-sent' });
        case 'EPROXY':
            return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...base, ...(0,_failures_error_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .proxyFailure */ .xh)(cause.status ?? 0) });
    }
    // http-fetch.ts's own failures (a redirect loop, an aborted request) name no socket error.
    const fetchFailure = cause instanceof _http_octokit_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpFetchError */ .n && cause.code !== 'ECONNRESET';
    const network = (0,_failures_error_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .networkErrorCode */ .a0)(cause.code, fetchFailure ? '' : cause.message);
    if (network)
        return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...failed, code: network });
    if (cause instanceof _http_octokit_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpFetchError */ .n && cause.code === 'EREDIRECT') {
        return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...failed, code: 'TooManyRedirects', delivery: 'redirected' });
    }
    if (cause instanceof _http_octokit_fetch_js__WEBPACK_IMPORTED_MODULE_3__/* .HttpFetchError */ .n && cause.code === 'EPROTOCOL') {
        // Only a redirect can lead to a URL that is not http or https.
        return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...failed, code: 'InvalidResponse', delivery: 'redirected' });
    }
    // Nothing says how far the request got (an aborted request, anything else).
    return new _failures_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...failed, code: 'UnknownError' });
}
/**
 * GitHub's rate limits (docs.github.com, "Rate limits for the REST API"): a 403 or 429 with
 * Retry-After (wait that long), or with x-ratelimit-remaining 0 (wait until
 * x-ratelimit-reset), or a secondary limit without either (wait at least a minute).
 */
function rateLimitWait(status, headers, message, now) {
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = Number(headers['retry-after']);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
        return { code: 'SecondaryRateLimit', ms: retryAfter * 1000 };
    }
    if (headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']) * 1000;
        return { code: 'RateLimited', ms: Number.isFinite(reset) ? Math.max(0, reset - now) : Infinity };
    }
    if (status === 429 || /secondary rate limit/i.test(message ?? '')) {
        return { code: 'SecondaryRateLimit', ms: 60_000 };
    }
    return undefined;
}


/***/ })

};
;