"use strict";
exports.id = 240;
exports.ids = [240];
exports.modules = {

/***/ 4327:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: function() { return /* binding */ readSmallFile; }
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Reads a regular file of at most `maxBytes`. The file is opened with O_NONBLOCK and
 * checked through its descriptor, so a FIFO cannot hold the read and a device or a file
 * swapped in after a check is not read; at most `maxBytes + 1` bytes are ever read.
 * Never throws, and no `why` carries the file's content.
 */
function readSmallFile(path, maxBytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
            return { why: 'is not a regular file' };
        const buffer = Buffer.alloc(maxBytes + 1);
        let read = 0;
        while (read < buffer.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, read, buffer.length - read, read);
            if (n === 0)
                break;
            read += n;
        }
        if (read > maxBytes)
            return { why: `is larger than ${maxBytes} bytes` };
        return { text: buffer.subarray(0, read).toString('utf8') };
    }
    catch (err) {
        const code = err.code;
        return { why: `cannot be read (${code ?? 'unknown error'})` };
    }
    finally {
        try {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            // What was read stands; a descriptor that will not close is the system's to reclaim.
        }
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

/***/ 2240:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkContainerImage: function() { return /* binding */ checkContainerImage; }
});

// EXTERNAL MODULE: ./src/inputs/image-reference.ts
var image_reference = __webpack_require__(5524);
// EXTERNAL MODULE: ./src/http/octokit-fetch.ts
var octokit_fetch = __webpack_require__(2836);
// EXTERNAL MODULE: ./src/http/proxy-configured.ts
var proxy_configured = __webpack_require__(5157);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/http/call-log.ts
var call_log = __webpack_require__(429);
;// CONCATENATED MODULE: ./src/verify/registry/challenge.ts
/**
 * The first challenge of a `WWW-Authenticate` value, e.g.
 * `Bearer realm="https://auth.example/token",service="registry",scope="repository:a/b:pull"`.
 */
function parseChallenge(value) {
    const m = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(value ?? '');
    if (!m)
        return undefined;
    const params = {};
    const pair = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy;
    const rest = m[2];
    let found;
    // Sticky: each pair starts where the last ended; at most one pass over the value.
    while (pair.lastIndex < rest.length && (found = pair.exec(rest))) {
        params[found[1].toLowerCase()] =
            found[2] !== undefined ? found[2].replace(/\\(.)/g, '$1') : found[3];
    }
    return { scheme: m[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./src/verify/registry/target.ts
/** VPC hosts are not reachable from GitHub's runners: each has a public twin. */
const VPC_TWINS = [
    [/^registry-vpc\.([a-z0-9-]+)\.aliyuncs\.com$/, 'registry.$1.aliyuncs.com'],
    [/^registry-intl-vpc\.([a-z0-9-]+)\.aliyuncs\.com$/, 'registry-intl.$1.aliyuncs.com'],
    [
        /^(crpi-[a-z0-9]+)-vpc\.([a-z0-9-]+)\.personal\.cr\.aliyuncs\.com$/,
        '$1.$2.personal.cr.aliyuncs.com'
    ],
    [/^(.+)-registry-vpc\.([a-z0-9-]+)\.cr\.aliyuncs\.com$/, '$1-registry.$2.cr.aliyuncs.com']
];
/** The public host of a VPC registry host, or undefined when `host` is not a VPC host. */
function publicTwin(host) {
    const [name, port] = splitPort(host);
    for (const [vpc, twin] of VPC_TWINS) {
        if (vpc.test(name))
            return name.replace(vpc, twin) + (port ? `:${port}` : '');
    }
    return undefined;
}
function isLoopbackHost(host) {
    const [name] = splitPort(host);
    return name === 'localhost' || name === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(name);
}
function registryTarget(ref) {
    const twin = publicTwin(ref.host);
    // docker.io names Docker Hub; its registry API is served at registry-1.docker.io, and
    // one-component names live under library/.
    const hub = ref.host === 'docker.io' || ref.host === 'index.docker.io';
    const host = hub ? 'registry-1.docker.io' : (twin ?? ref.host);
    const repository = hub && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository;
    return {
        host,
        vpcHost: twin ? ref.host : undefined,
        protocol: isLoopbackHost(host) ? 'http' : 'https',
        repository,
        reference: ref.digest ?? ref.tag ?? 'latest'
    };
}
function splitPort(host) {
    const m = /^(.*?)(?::(\d+))?$/.exec(host.toLowerCase());
    // An IPv6 literal keeps its brackets; its port follows them.
    if (m[1].startsWith('[') && !m[1].endsWith(']'))
        return [host.toLowerCase(), undefined];
    return [m[1], m[2]];
}

;// CONCATENATED MODULE: ./src/verify/registry/check.ts




/** Every manifest type a pull may resolve: OCI index and manifest, Docker list and v2 manifest. */
const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_TOKEN_BYTES = 64 * 1024;
const USER_AGENT = 'ehpc-add-image';
/** A failure that keeps the check from answering: what went wrong, in words. */
class Unanswered extends Error {
}
/**
 * The manifest of `target` as a pull would resolve it: asked with the Basic credential
 * first, then, on a `Bearer` challenge, with a pull token from the realm (got with Basic auth
 * when there is a credential). Never throws.
 */
async function checkRegistry(target, deps) {
    const where = `the registry ${target.host}` + (target.vpcHost ? ` (public twin of ${target.vpcHost})` : '');
    const url = `${target.protocol}://${target.host}/v2/${target.repository}/manifests/${target.reference}`;
    try {
        // The manifest is asked first, with the Basic credential when there is one: a registry
        // that takes Basic, or needs no credential, answers in this one request; one that wants
        // a token answers 401 with its challenge. (Docker asks GET /v2/ first: a round trip more
        // before the check answers, and the run's first write waits for it.) A GET, not a HEAD:
        // Node's fetch (undici) closes the connection after every HEAD (undici issue #258), and
        // the token request would pay for a new one.
        const basic = basicAuthorization(deps);
        /** The manifest's answer to what `challenge` asks for; undefined: nothing new to send. */
        const answered = async (challenge) => {
            const authorization = await authorize(challenge, target, basic, deps);
            if (typeof authorization === 'object')
                return { status: authorization.refused, headers: new Headers() };
            return authorization && authorization !== basic ? head(url, authorization, deps) : undefined;
        };
        let answer = await send(url, 'GET', basic, deps);
        // A 403 to the Basic credential may be a token registry refusing the scheme, not the
        // credential: its challenge tells.
        if (answer.status === 401 || (answer.status === 403 && basic)) {
            // A registry that names its challenge only at the API's base.
            const challenge = parseChallenge(answer.headers.get('www-authenticate')) ??
                (await baseChallenge(target, deps));
            deps.debug(`Registry check: ${target.host} asks for ${challenge?.scheme ?? 'no known'} authentication.`);
            if (answer.status === 401 && !usable(challenge)) {
                return {
                    kind: 'unverified',
                    where,
                    why: `${where} asks for ${challenge ? `${challenge.scheme} ` : 'an '}authentication that the check cannot give (answered HTTP 401${challenge ? '' : ' without a challenge'}).`
                };
            }
            // A Basic challenge to the credential already sent is its refusal: the answer stands.
            answer = (await answered(challenge)) ?? answer;
        }
        else if (answer.status === 404 && deps.login) {
            // A token registry may answer a request without its token 404 for a private
            // repository: with a credential, the answer that counts is the one with the token.
            const challenge = await baseChallenge(target, deps);
            if (challenge?.scheme === 'bearer' && usable(challenge))
                answer = (await answered(challenge)) ?? answer;
        }
        return outcome(answer, target, where, url, deps);
    }
    catch (err) {
        const why = err instanceof Unanswered
            ? err.message
            : `the check failed: ${err instanceof Error ? err.message : String(err)}`;
        return { kind: 'unverified', where, why: `${where} did not answer the check: ${why}.` };
    }
}
/** The challenge of the API's base (`GET /v2/`), when it answers 401 with one. */
async function baseChallenge(target, deps) {
    const base = await send(`${target.protocol}://${target.host}/v2/`, 'GET', undefined, deps);
    return base.status === 401 ? parseChallenge(base.headers.get('www-authenticate')) : undefined;
}
/** A challenge the check can answer: Basic, or Bearer naming its realm. */
function usable(challenge) {
    return (challenge?.scheme === 'basic' || (challenge?.scheme === 'bearer' && !!challenge.params.realm));
}
/**
 * The Basic Authorization header of the check's credential (masked), for the registry host
 * it is for (plain HTTP only reaches a loopback host: see registryTarget).
 */
function basicAuthorization(deps) {
    const { login } = deps;
    if (login?.kind !== 'basic')
        return undefined;
    const encoded = Buffer.from(`${login.username}:${login.password}`).toString('base64');
    deps.mask(encoded);
    return `Basic ${encoded}`;
}
async function outcome(answer, target, where, url, deps) {
    const ref = `${target.repository}:${target.reference}`.replace(/:sha256:/, '@sha256:');
    const { status } = answer;
    if (status >= 200 && status < 300) {
        const digest = await digestOf(answer, target, url, deps);
        deps.debug(`Registry check: ${target.host} resolved ${ref} to ${digest ?? 'no digest'}.`);
        return { kind: 'confirmed', where, digest };
    }
    if (status === 404) {
        return {
            kind: 'definite',
            code: 'RegistryImageNotFound',
            where,
            message: `registry-url names ${ref}, which ${where} does not have (HEAD manifest answered 404: the tag, digest or repository does not exist), so no job could pull it. ` +
                'Check the tag or digest against what the build pushed (e.g. the digest output of docker/build-push-action).'
        };
    }
    if (status === 401 || status === 403) {
        const refused = `${where} refused the manifest request (HTTP ${status})`;
        if (deps.login?.from === 'inputs') {
            return {
                kind: 'definite',
                code: 'RegistryCredentialRefused',
                where,
                message: `${refused} with registry-username ${deps.login.username}: E-HPC Instant would be given this credential, and its jobs could not pull ${ref}. ` +
                    'Give registry-username and registry-password a pull credential that this registry accepts for the repository.'
            };
        }
        if (deps.login)
            return {
                kind: 'unverified',
                where,
                why: `${refused} with the Docker config's credential for ${target.host} (it is not what E-HPC Instant is given).`
            };
        return {
            kind: 'unverified',
            where,
            why: `${refused} without a credential: a private repository needs registry-username and registry-password, or docker/login-action before this step${deps.noLoginWhy ? ` (${deps.noLoginWhy})` : ''}.`
        };
    }
    return {
        kind: 'unverified',
        where,
        why: `${where} answered the manifest request with HTTP ${status}.`
    };
}
/** Docker-Content-Digest, else the digest of the manifest itself (a GET of it), else the reference's. */
async function digestOf(answer, target, url, deps) {
    const header = answer.headers.get('docker-content-digest')?.trim();
    if (header && DIGEST.test(header))
        return header;
    if (DIGEST.test(target.reference))
        return target.reference;
    const got = answer.body ? answer : await send(url, 'GET', answer.authorization, deps);
    if (got.status < 200 || got.status >= 300 || !got.body?.length)
        return undefined;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(got.body).digest('hex')}`;
}
async function head(url, authorization, deps) {
    return send(url, 'HEAD', authorization, deps);
}
/** A request of the check: a manifest (GET or HEAD), or the API base (GET). */
async function send(url, method, authorization, deps) {
    const headers = { accept: MANIFEST_ACCEPT, 'user-agent': USER_AGENT };
    if (authorization)
        headers.authorization = authorization;
    const where = new URL(url);
    const answer = await exchange(where, { method, headers }, `${method} ${where.pathname}`, deps);
    return { ...answer, body: method === 'GET' ? answer.body : undefined, authorization };
}
/**
 * One request of the check, repeated on a network failure, 429 or 5xx up to `attempts`
 * times, its answer read up to `maxBytes`; logged through the shared HTTP debug hook.
 */
async function exchange(url, init, action, deps, maxBytes = MAX_MANIFEST_BYTES) {
    let last = '';
    for (let attempt = 1; attempt <= Math.max(1, deps.attempts); attempt++) {
        try {
            const res = await followed(url, init, action, deps);
            const body = await capped(res, maxBytes);
            if (res.status !== 429 && res.status < 500)
                return { status: res.status, headers: res.headers, body };
            last = `HTTP ${res.status}`;
        }
        catch (err) {
            // An answer too large, or a redirect the check does not follow, comes again as it is.
            if (err instanceof Unanswered)
                throw err;
            last = err instanceof Error ? err.message : String(err);
        }
    }
    throw new Unanswered(last);
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
/**
 * One request, following redirects within its origin only: a request of the check may
 * carry a credential (in a header or a form body), and an answer from another origin could
 * name a realm to send the registry's credential to. 303 turns it into a GET without body.
 */
async function followed(url, init, action, deps) {
    let at = url;
    let request = init;
    for (let hop = 0;; hop++) {
        const res = await (0,call_log/* loggedHttpCall */.p$)({ service: 'registry', host: at.host, action }, () => deps.fetch(at, { ...request, redirect: 'manual' }), answer => ({ status: answer.status }));
        const location = res.headers.get('location');
        if (!REDIRECTS.has(res.status) || !location)
            return res;
        await capped(res, MAX_TOKEN_BYTES);
        let next;
        try {
            next = new URL(location, at);
        }
        catch {
            throw new Unanswered(`it redirected ${action} to a location that is not a URL`);
        }
        if (next.origin !== at.origin) {
            throw new Unanswered(`it redirected ${action} to another host (${next.host}), which the check does not follow: nothing was sent there`);
        }
        if (hop >= MAX_REDIRECTS)
            throw new Unanswered(`it redirected ${action} more than ${MAX_REDIRECTS} times`);
        if (res.status === 303)
            request = { ...request, method: 'GET', body: undefined };
        at = next;
    }
}
async function capped(res, maxBytes) {
    const body = Buffer.from(await res.arrayBuffer());
    if (body.length > maxBytes)
        throw new Unanswered(`an answer larger than ${maxBytes} bytes`);
    return body;
}
/**
 * The Authorization header a challenge asks for; undefined when none can be given;
 * `refused` when the token realm refused the credential (its status).
 */
async function authorize(challenge, target, basic, deps) {
    const { login } = deps;
    if (challenge?.scheme === 'basic')
        return basic;
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
        return undefined;
    let realm;
    try {
        realm = new URL(challenge.params.realm);
    }
    catch {
        throw new Unanswered('its Bearer challenge names a realm that is not a URL');
    }
    // A credential goes over TLS only, except to a loopback host (as Docker does).
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopbackHost(realm.host))) {
        throw new Unanswered(`its token realm ${realm.host} is not HTTPS, so no credential is sent there`);
    }
    const scope = challenge.params.scope || `repository:${target.repository}:pull`;
    if (challenge.params.service)
        realm.searchParams.set('service', challenge.params.service);
    realm.searchParams.set('scope', scope);
    deps.route(realm);
    deps.debug(`Registry check: asking the token realm ${realm.host} for ${scope}${login ? ` as ${login.kind === 'basic' ? login.username : 'the Docker config identity token'}` : ' anonymously'}.`);
    const answer = login?.kind === 'identity-token'
        ? await tokenRequest(realm, 'POST', deps, undefined, new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: login.token,
            service: challenge.params.service ?? '',
            scope,
            client_id: 'ehpc-add-image'
        }).toString())
        : await tokenRequest(realm, 'GET', deps, basic);
    // The realm refused the credential (or anonymous access): the pull would be refused too.
    if (answer.status === 401 || answer.status === 403)
        return { refused: answer.status };
    if (answer.status < 200 || answer.status >= 300)
        throw new Unanswered(`its token realm ${realm.host} answered HTTP ${answer.status}`);
    let token;
    try {
        const parsed = JSON.parse(answer.body);
        token = parsed.token ?? parsed.access_token;
    }
    catch {
        throw new Unanswered(`its token realm ${realm.host} did not answer JSON`);
    }
    if (typeof token !== 'string' || !token)
        throw new Unanswered(`its token realm ${realm.host} gave no token`);
    deps.mask(token);
    return `Bearer ${token}`;
}
async function tokenRequest(realm, method, deps, authorization, form) {
    const headers = { 'user-agent': USER_AGENT, accept: 'application/json' };
    if (authorization)
        headers.authorization = authorization;
    if (form)
        headers['content-type'] = 'application/x-www-form-urlencoded';
    try {
        const answer = await exchange(realm, { method, headers, body: form }, `${method} ${realm.pathname} (token)`, deps, MAX_TOKEN_BYTES);
        return { status: answer.status, body: answer.body.toString('utf8') };
    }
    catch (err) {
        if (err instanceof Unanswered)
            throw new Unanswered(`its token realm ${realm.host} did not answer: ${err.message}`);
        throw err;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/fs/small-file.ts
var small_file = __webpack_require__(4327);
;// CONCATENATED MODULE: ./src/verify/registry/docker-config.ts



const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * The entry for `hosts` (the registry-url host and the host checked) in the Docker client
 * config `docker/login-action` writes: `$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`. Only a regular file, at most 1 MiB, is read; `mask` gets each
 * secret found before anything else is done with it. Undefined when there is no config.
 */
function dockerConfigLogin(hosts, env, mask) {
    const path = (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json');
    const read = (0,small_file/* readSmallFile */.E)(path, MAX_CONFIG_BYTES);
    if ('why' in read) {
        // No config at all is the common case, not worth a word.
        return read.why === 'cannot be read (ENOENT)' ? undefined : { path, unreadable: read.why };
    }
    const { text } = read;
    let config;
    try {
        config = JSON.parse(text);
    }
    catch {
        return { path };
    }
    if (typeof config !== 'object' || config === null)
        return { path };
    const { auths, credHelpers, credsStore } = config;
    for (const host of hosts) {
        const entry = entryFor(auths, host);
        const login = entry && loginOf(entry, mask);
        if (login)
            return { login, path };
    }
    const helpers = typeof credHelpers === 'object' && credHelpers !== null ? credHelpers : {};
    const helper = hosts
        .map(h => helpers[h])
        .find((h) => typeof h === 'string');
    return { path, helper: helper ?? (typeof credsStore === 'string' ? credsStore : undefined) };
}
/** The keys Docker writes for a host: `host`, `https://host`, and for Docker Hub its v1 URL. */
function entryFor(auths, host) {
    if (typeof auths !== 'object' || auths === null)
        return undefined;
    const hub = host === 'registry-1.docker.io' || host === 'docker.io';
    const keys = [
        host,
        `https://${host}`,
        `http://${host}`,
        `https://${host}/v1/`,
        `https://${host}/v2/`,
        ...(hub ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io'] : [])
    ];
    for (const key of keys) {
        const entry = auths[key];
        if (typeof entry === 'object' && entry !== null)
            return entry;
    }
    return undefined;
}
function loginOf(entry, mask) {
    if (typeof entry.identitytoken === 'string' && entry.identitytoken) {
        mask(entry.identitytoken);
        return { kind: 'identity-token', token: entry.identitytoken, from: 'docker-config' };
    }
    if (typeof entry.auth === 'string' && entry.auth) {
        mask(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon <= 0)
            return undefined;
        const password = decoded.slice(colon + 1);
        if (password)
            mask(password);
        return { kind: 'basic', username: decoded.slice(0, colon), password, from: 'docker-config' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/verify/registry/shell.ts






/**
 * The registry check of `container.registryUrl`: the credential it asks with (the registry
 * inputs, else the Docker config, else none), a bounded fetch through the proxy routes,
 * closed when the check has answered.
 */
async function checkContainerImage(container, deps) {
    const ref = (0,image_reference/* parseImageReference */.o_)(container.registryUrl);
    if (typeof ref === 'string')
        throw new Error(`registry-url was not checked: ${ref}`);
    const target = registryTarget(ref);
    let login;
    let noLoginWhy;
    const fromInputs = container.credential;
    const hosts = [...new Set([ref.host, target.host])];
    if (fromInputs && hosts.includes(fromInputs.server.toLowerCase())) {
        login = {
            kind: 'basic',
            username: fromInputs.username,
            password: fromInputs.password,
            from: 'inputs'
        };
    }
    else if (!fromInputs) {
        const found = dockerConfigLogin(hosts, deps.env, deps.mask);
        login = found?.login;
        if (found?.login)
            deps.log(`Registry check: using the Docker config's credential for ${target.host} (${found.path}), for the check only.`);
        else if (found?.helper)
            noLoginWhy = `the Docker config names the credential helper docker-credential-${found.helper}, which the action does not run`;
        else if (found?.unreadable)
            noLoginWhy = `the Docker config ${found.path} ${found.unreadable}`;
    }
    else {
        noLoginWhy = `registry-server ${fromInputs.server} is not the registry-url host, so its credential is not sent to ${target.host}`;
    }
    const proxy = (0,proxy_configured/* proxyConfigured */.$)(deps.env) ? await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 7856)) : undefined;
    const route = (url) => {
        if (!proxy)
            return;
        const endpoint = {
            protocol: url.protocol === 'http:' ? 'http' : 'https',
            host: url.host
        };
        for (const line of proxy.routeThroughProxy([endpoint], deps.env, deps.timeoutMs(), deps.mask))
            deps.log(`Connecting to ${line}.`);
    };
    route(new URL(`${target.protocol}://${target.host}`));
    deps.log(`Checking registry-url at ${target.host}${target.vpcHost ? ` (the public twin of ${target.vpcHost}, which only a VPC reaches)` : ''}: ${target.repository} ${target.reference}${login ? '' : ', anonymously'}.`);
    const http = (0,octokit_fetch/* createHttpFetch */.H)({ timeoutMs: deps.timeoutMs(), maxBodyBytes: 4 * 1024 * 1024 });
    try {
        return await checkRegistry(target, {
            fetch: (url, init) => http.within(deps.timeoutMs())(url, init),
            login,
            noLoginWhy,
            mask: deps.mask,
            debug: deps.debug,
            route,
            attempts: deps.attempts
        });
    }
    finally {
        http.close();
    }
}


/***/ })

};
;