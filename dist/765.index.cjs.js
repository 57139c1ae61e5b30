exports.id = 765;
exports.ids = [765];
exports.modules = {

/***/ 136:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

"use strict";

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRpcCaller: function() { return /* binding */ createRpcCaller; }
});

// UNUSED EXPORTS: toApiError

// EXTERNAL MODULE: ./node_modules/@alicloud/openapi-client/dist/client.js
var dist_client = __webpack_require__(6500);
var client_default = /*#__PURE__*/__webpack_require__.n(dist_client);
// EXTERNAL MODULE: ./src/failures/errors.ts
var errors = __webpack_require__(8380);
// EXTERNAL MODULE: ./src/failures/error-codes.ts
var error_codes = __webpack_require__(4554);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/@alicloud/tea-typescript/dist/tea.js
var tea = __webpack_require__(4671);
var tea_default = /*#__PURE__*/__webpack_require__.n(tea);
// EXTERNAL MODULE: ./src/stand-ins/tea-xml.ts
var tea_xml = __webpack_require__(7711);
// EXTERNAL MODULE: ./src/report/urls.ts
var urls = __webpack_require__(414);
;// CONCATENATED MODULE: ./src/http/openapi-transport.ts




/**
 * The one place where @alicloud/openapi-client's HTTP answers are read. Its own reading
 * (tea-util) has no size limit, turns a body that stalls past the read timeout into a
 * "connection reset", loses the status and the x-acs-request-id header of an answer that is
 * not a JSON object, and its errors end with the whole signed request URL. `doAction`, the
 * transport the client calls for every request, is wrapped (not replaced) so that:
 * - an answer body is read up to MAX_ANSWER_BYTES and within the read timeout;
 * - an HTTP error (4xx/5xx) becomes a TransportError with its status, code and RequestId,
 *   whatever its body (JSON, XML, HTML, text, nothing);
 * - a success whose body is not a JSON object is a TransportError too;
 * - a thrown error keeps its name and code, never the request URL;
 * - a success's body is read and parsed once, here: the client gets the parsed object
 *   (openapi.ts asks it for bodyType 'binary', which hands the body back as it is);
 * - answers are asked for gzip-compressed (a ListImages page of 100 shrinks from about 25 kB
 *   to 3 kB, within a new connection's first flight) and decoded here, the size limit
 *   applying to the decoded bytes too (a small body that inflates without end is refused).
 */
/** No E-HPC Instant or STS answer comes near this (a ListImages page of 100 is ~100 KiB). */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** An HTTP answer the action cannot use as the API's JSON, or one it stopped reading. */
class TransportError extends Error {
    kind;
    statusCode;
    requestId;
    data;
    contentType;
    retryAfterMs;
    constructor(kind, statusCode, requestId, 
    /** Code, Message and RequestId from a JSON object or XML error body. */
    data = {}, contentType = '', 
    /** The wait the answer asked for (x-acs-retry-after), in milliseconds. */
    retryAfterMs) {
        super(`HTTP ${statusCode}: ${describeKind(kind, contentType)}`);
        this.kind = kind;
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.data = data;
        this.contentType = contentType;
        this.retryAfterMs = retryAfterMs;
        this.name = 'TransportError';
    }
}
function describeKind(kind, contentType) {
    const type = contentType ? ` (${contentType})` : '';
    switch (kind) {
        case 'json':
            return 'a JSON error answer';
        case 'json-not-object':
            return `JSON that is not an object${type}`;
        case 'xml':
            return `an XML answer${type}`;
        case 'html':
            return `an HTML page${type}`;
        case 'text':
            return `a body that is not JSON${type}`;
        case 'empty':
            return `an empty body${type}`;
        case 'too-large':
            return `an answer larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB`;
        case 'stalled':
            return 'an answer whose body stopped coming';
    }
}
// The package is CommonJS: Node's ESM loader puts module.exports on `default`, the bundle
// gives module.exports itself.
const teaModule = typeof (tea_default())?.doAction === 'function'
    ? (tea_default())
    : tea;
let installed = false;
/** Wraps the client's transport once per process. */
function boundTransport() {
    if (installed)
        return;
    installed = true;
    const original = teaModule.doAction;
    teaModule.doAction = async function (request, runtime) {
        const started = Date.now();
        const readTimeout = Number(runtime?.readTimeout) || 30_000;
        if (!Object.keys(request.headers).some(name => /^authorization$/i.test(name))) {
            asOfficialAnonymousCall(request);
        }
        let response;
        // Added after signing: the signature covers host, content-type and x-acs-* headers only.
        request.headers = { ...request.headers, 'accept-encoding': 'gzip' };
        try {
            response = await original(request, runtime);
        }
        catch (err) {
            throw withoutUrl(err);
        }
        const requestId = header(response.headers, 'x-acs-request-id');
        const contentType = header(response.headers, 'content-type') ?? '';
        const raw = await readBounded(response.body, started + readTimeout, response.statusCode);
        const bytes = decoded(raw, header(response.headers, 'content-encoding'), response.statusCode, requestId);
        const answer = classify(bytes, contentType);
        if (response.statusCode >= 400) {
            throw new TransportError(answer.kind, response.statusCode, stringOf(answer.data.RequestId) ?? stringOf(answer.data.requestId) ?? requestId, answer.data, contentType, serverRetryAfterMs(header(response.headers, RETRY_AFTER_HEADER)));
        }
        if (answer.kind !== 'json') {
            throw new TransportError(answer.kind, response.statusCode, requestId, {}, contentType);
        }
        // Handing the client the bytes again would copy and parse every answer a second time.
        response.body = answer.data;
        return response;
    };
}
/**
 * An anonymous call (STS AssumeRoleWithOIDC) goes as @alicloud/credentials sends it: no
 * `x-acs-*` headers (the client adds them for signing, and nothing is signed), and the form
 * body with a Content-Length rather than chunked (the client hands the body over as a stream).
 */
function asOfficialAnonymousCall(request) {
    for (const name of Object.keys(request.headers)) {
        if (/^x-acs-/i.test(name))
            delete request.headers[name];
    }
    const bytes = request.body?.value;
    if (Buffer.isBuffer(bytes))
        request.headers['content-length'] = String(bytes.length);
}
/**
 * The body as sent before its Content-Encoding: gzip (asked for) and deflate, at most
 * MAX_ANSWER_BYTES decoded. Any other coding, or a body that does not decode, is a
 * TransportError like any unusable answer.
 */
function decoded(raw, encoding, status, requestId) {
    const coding = encoding?.toLowerCase();
    if (!coding || coding === 'identity' || raw.length === 0)
        return raw;
    const decode = coding === 'gzip' || coding === 'x-gzip'
        ? external_node_zlib_.gunzipSync
        : coding === 'deflate'
            ? external_node_zlib_.inflateSync
            : undefined;
    if (!decode)
        throw new TransportError('text', status, requestId, {}, `Content-Encoding ${coding}`);
    try {
        return decode(raw, { maxOutputLength: MAX_ANSWER_BYTES });
    }
    catch (err) {
        const tooLarge = err.code === 'ERR_BUFFER_TOO_LARGE';
        throw new TransportError(tooLarge ? 'too-large' : 'text', status, requestId, {}, tooLarge ? '' : `Content-Encoding ${coding} that does not decode`);
    }
}
/**
 * Alibaba Cloud's gateway asks a client to come back later with this header on an error
 * answer: a wait in milliseconds. Its own clients (aliyun/darabonba-openapi) take only a
 * positive integer and treat anything else as no header.
 */
const RETRY_AFTER_HEADER = 'x-acs-retry-after';
function serverRetryAfterMs(value) {
    if (value === undefined || !/^\d{1,9}$/.test(value))
        return undefined;
    const ms = Number(value);
    return ms > 0 ? ms : undefined;
}
function header(headers, name) {
    const v = headers?.[name];
    const s = Array.isArray(v) ? v[0] : v;
    return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined;
}
function stringOf(v) {
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
/**
 * Reads the body up to MAX_ANSWER_BYTES and until `deadline`. The library's own read timer
 * destroys the socket at the same deadline, which the stream reports as a reset: an error
 * at or after the deadline is a stalled body, not a reset.
 */
function readBounded(stream, deadline, status) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let done = false;
        const finish = (err) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            // The stream outlives this read (the client's read timer holds it for its whole
            // timeout): listeners left on it would keep this page's bytes alive that long.
            stream.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
            if (err) {
                // Destroying may still emit an error, which would otherwise be thrown.
                stream.on('error', () => { }).destroy();
                reject(err);
            }
            else
                resolve(Buffer.concat(chunks, size));
        };
        const stalled = () => new TransportError('stalled', status, undefined);
        const timer = setTimeout(() => finish(stalled()), Math.max(1, deadline - Date.now()));
        const onData = (chunk) => {
            size += chunk.length;
            if (size > MAX_ANSWER_BYTES) {
                finish(new TransportError('too-large', status, header(stream.headers, 'x-acs-request-id')));
                return;
            }
            chunks.push(chunk);
        };
        const onEnd = () => finish();
        const onError = (err) => finish(Date.now() >= deadline - 20 ? stalled() : withoutUrl(err));
        const onClose = () => {
            if (!stream.complete)
                finish(Date.now() >= deadline - 20 ? stalled() : closedEarly());
        };
        stream.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
    });
}
function closedEarly() {
    const err = new Error('the connection closed before the whole answer came');
    err.code = 'ECONNRESET';
    return err;
}
/** What the body is: a JSON object (with its fields), another JSON value, XML, HTML, text. */
function classify(bytes, contentType) {
    const text = bytes.toString('utf8').trim();
    if (text === '')
        return { kind: 'empty', data: {} };
    try {
        const value = JSON.parse(text);
        if (value && typeof value === 'object' && !Array.isArray(value)) {
            return { kind: 'json', data: value };
        }
        return { kind: 'json-not-object', data: {} };
    }
    catch {
        // not JSON: look further
    }
    if (/^<!doctype html|^<html|text\/html/i.test(text.slice(0, 100) + ' ' + contentType)) {
        return { kind: 'html', data: {} };
    }
    if (/xml/i.test(contentType) || text.startsWith('<?xml') || /^<Error>/.test(text)) {
        return { kind: 'xml', data: xmlErrorFields(text) };
    }
    return { kind: 'text', data: {} };
}
/**
 * The fields of an XML error body (`<Error><Code>\u2026`), read with the parser the bundle uses
 * for the client's own XML (src/stand-ins/tea-xml.ts); {} when it is not well-formed.
 */
function xmlErrorFields(text) {
    try {
        const root = (0,tea_xml.parseXmlDocument)(text);
        const error = root && (root.Error ?? Object.values(root)[0]);
        return error && typeof error === 'object' && !Array.isArray(error) ? error : {};
    }
    catch {
        return {};
    }
}
/**
 * The same error without any URL: httpx appends "POST http://host/?<signed query> failed."
 * to its messages, and the query holds every parameter (a registry password included).
 */
function withoutUrl(err) {
    if (!(err instanceof Error))
        return err;
    const message = (0,urls/* stripUrls */.dj)(err.message);
    if (message === err.message)
        return err;
    const copy = new Error(message);
    copy.name = err.name;
    for (const key of ['code', 'status', 'statusCode', 'errno', 'syscall']) {
        const v = err[key];
        if (v !== undefined)
            copy[key] = v;
    }
    return copy;
}

// EXTERNAL MODULE: ./src/budget/step-budget.ts
var step_budget = __webpack_require__(6989);
// EXTERNAL MODULE: ./src/http/call-log.ts
var call_log = __webpack_require__(429);
;// CONCATENATED MODULE: ./src/http/rpc-caller.ts






const exported = (client_default());
const Client = (typeof exported === 'function' ? exported : exported.default);
function createRpcCaller(options) {
    const { service, version, endpoint, credentials, identity, secretSource, timeoutMs, budget } = options;
    // Every failure names where it went and as whom.
    const where = { host: endpoint.host, identity, secretSource };
    boundTransport();
    const client = new Client(new dist_client.Config({
        credential: credentials ? staticCredential(credentials) : undefined,
        endpoint: endpoint.host,
        protocol: endpoint.protocol,
        readTimeout: timeoutMs,
        connectTimeout: timeoutMs
    }));
    return async ({ action, query, form }) => {
        const params = new dist_client.Params({
            action,
            version,
            protocol: endpoint.protocol.toUpperCase(),
            pathname: '/',
            method: 'POST',
            authType: credentials ? 'AK' : 'Anonymous',
            style: 'RPC',
            reqBodyType: 'formData',
            // transport.ts has read and parsed the body; 'binary' hands it back untouched.
            bodyType: 'binary'
        });
        const request = new dist_client.OpenApiRequest({ query, body: form });
        const response = (await (0,call_log/* loggedHttpCall */.p$)({ service, action, host: endpoint.host }, () => (0,step_budget/* withinBudget */.xV)(budget, { service, action, ...where }, timeoutMs, ms => 
        // The client's own retry loop (autoretry) never fires; ours is in retry.ts.
        client
            .callApi(params, request, {
            readTimeout: ms,
            connectTimeout: ms,
            autoretry: false
        })
            .catch((err) => {
            throw toApiError(service, action, err).with(where);
        })), answer => {
            const a = answer;
            const body = a.body;
            return {
                status: a.statusCode,
                requestId: answerRequestId(a),
                // An HTTP 200 with Success: false fails below: the line says so.
                code: body?.Success === false ? (stringField(body, 'Code') ?? 'UnknownError') : undefined
            };
        }));
        const body = (response.body ?? {});
        const requestId = answerRequestId(response);
        // The client returns an HTTP 200 with Success: false as a success.
        if (body.Success === false) {
            throw new errors/* ApiError */.hD({
                service,
                action,
                code: stringField(body, 'Code') ?? 'UnknownError',
                httpStatus: response.statusCode,
                requestId,
                serverMessage: stringField(body, 'Message'),
                ...where
            });
        }
        return { body, requestId };
    };
}
/** The answer's RequestId: read here for answers, and in transport.ts for errors. */
function answerRequestId(answer) {
    return (stringField(answer.body, 'RequestId') ??
        stringField(answer.headers, REQUEST_ID_HEADER));
}
/** The credential interface the client calls before signing: fixed keys, no provider chain. */
function staticCredential(c) {
    const model = {
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        securityToken: c.securityToken,
        type: c.securityToken ? 'sts' : 'access_key',
        providerName: ''
    };
    return {
        getCredential: async () => model,
        getAccessKeyId: async () => model.accessKeyId,
        getAccessKeySecret: async () => model.accessKeySecret,
        getSecurityToken: async () => model.securityToken,
        getType: () => model.type
    };
}
/** Sent with every answer; Node gives header names in lower case. */
const REQUEST_ID_HEADER = 'x-acs-request-id';
function stringField(obj, key) {
    const v = obj?.[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
/**
 * Turns whatever the client library threw into an ApiError. Only known fields are
 * copied: the library's own errors can hold the signed request with its headers.
 */
function toApiError(service, action, err) {
    if (err instanceof TransportError)
        return fromAnswer(service, action, err);
    const e = (typeof err === 'object' && err !== null ? err : {});
    const base = { service, action };
    const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
    if (status !== undefined && e.data) {
        return new errors/* ApiError */.hD({
            ...base,
            code: typeof e.code === 'string' && e.code !== 'undefined' ? e.code : `HTTP${status}`,
            httpStatus: status,
            requestId: stringField(e.data, 'RequestId') ?? stringField(e.data, 'requestId'),
            serverMessage: stringField(e.data, 'Message') ?? stringField(e.data, 'message')
        });
    }
    if (e.name === 'SyntaxError') {
        // A body that is not JSON: an HTML error page from a proxy or load balancer.
        return new errors/* ApiError */.hD({ ...base, code: 'InvalidResponse' });
    }
    if (e.code === 'ETUNNELTIMEOUT') {
        // The proxy never opened the tunnel: nothing reached the endpoint.
        return new errors/* ApiError */.hD({ ...base, code: 'RequestTimeout', delivery: 'not-sent' });
    }
    const name = e.name ?? '';
    const message = e.message ?? '';
    if (/Timeout/i.test(name) || /Timeout/.test(message)) {
        return new errors/* ApiError */.hD({ ...base, code: 'RequestTimeout' });
    }
    if (e.code === 'EPROXY') {
        return new errors/* ApiError */.hD({ ...base, ...(0,error_codes/* proxyFailure */.xh)(e.status ?? 0) });
    }
    const network = (0,error_codes/* networkErrorCode */.a0)(e.code, message);
    if (network)
        return new errors/* ApiError */.hD({ ...base, code: network });
    // Nothing says how far the request got.
    return new errors/* ApiError */.hD({ ...base, code: 'UnknownError' });
}
/** An HTTP answer that came back but is not a usable API answer, or that was cut off. */
function fromAnswer(service, action, err) {
    const base = { service, action, requestId: err.requestId, retryAfterMs: err.retryAfterMs };
    if (err.kind === 'too-large') {
        return new errors/* ApiError */.hD({ ...base, code: 'ResponseTooLarge', httpStatus: err.statusCode });
    }
    if (err.kind === 'stalled') {
        return new errors/* ApiError */.hD({ ...base, code: 'ResponseStalled', httpStatus: err.statusCode });
    }
    const status = err.statusCode;
    const code = stringField(err.data, 'Code') ?? stringField(err.data, 'code');
    if (code) {
        // A service error, in JSON or XML: its own code, message and RequestId.
        return new errors/* ApiError */.hD({
            ...base,
            code,
            httpStatus: status,
            serverMessage: stringField(err.data, 'Message') ?? stringField(err.data, 'message')
        });
    }
    // No code: a gateway, firewall or proxy answered, or the service sent a body it should not.
    // Its status decides (the table's InvalidResponse): a 4xx is not re-sent, a 5xx is.
    return new errors/* ApiError */.hD({
        ...base,
        code: 'InvalidResponse',
        httpStatus: status,
        serverMessage: `the answer was ${describeKind(err.kind, err.contentType)}`
    });
}


/***/ }),

/***/ 4171:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

"use strict";
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Config: function() { return /* binding */ Config; },
/* harmony export */   "default": function() { return /* binding */ Credential; }
/* harmony export */ });
/**
 * Build-time stand-in for `@alicloud/credentials`, swapped in by scripts/build.mjs for the
 * copy @alicloud/openapi-client imports at start-up. The client builds a credential from it
 * only when given bare keys; the action always hands it a ready credential (src/http/rpc-caller.ts),
 * and gets STS credentials itself (src/credentials/sts.ts) so that they share the action's retries,
 * timeouts and proxy. The package stays in dependencies for the default credential chain.
 */
class Config {
    constructor(config) {
        Object.assign(this, config);
    }
}
class Credential {
    constructor() {
        throw new Error('@alicloud/credentials is not bundled in this action (see src/stand-ins/credentials.ts)');
    }
}


/***/ }),

/***/ 7711:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

"use strict";
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": function() { return /* binding */ TeaXml; },
/* harmony export */   parseXmlDocument: function() { return /* binding */ parseXmlDocument; }
/* harmony export */ });
const XML_ENTITIES = new Map([
    ['amp', '&'],
    ['lt', '<'],
    ['gt', '>'],
    ['quot', '"'],
    ['apos', "'"]
]);
const NAME = /[:A-Z_a-z\u00C0-\uFFFF][-.:\w\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\r\n]*/y;
function isXmlChar(c) {
    return (c === 0x9 ||
        c === 0xa ||
        c === 0xd ||
        (c >= 0x20 && c <= 0xd7ff) ||
        (c >= 0xe000 && c <= 0xfffd) ||
        (c >= 0x10000 && c <= 0x10ffff));
}
function entity(name) {
    const named = XML_ENTITIES.get(name) ?? XML_ENTITIES.get(name.toLowerCase());
    if (named !== undefined)
        return named;
    const m = /^#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}))$/.exec(name);
    const code = m ? parseInt(m[1] ?? m[2], m[1] ? 16 : 10) : NaN;
    if (!isXmlChar(code))
        throw new Error(`Invalid character entity &${name};`);
    return String.fromCodePoint(code);
}
function decode(text) {
    return text.replace(/&([^;]*);?/g, (whole, name) => {
        if (!whole.endsWith(';') || !/^#?[-.:\w\u00B7\u00C0-\uFFFF]+$/.test(name)) {
            throw new Error('Invalid character in entity name');
        }
        return entity(name);
    });
}
/** Sets an own property (even "__proto__"); with `repeat`, a second value makes an array. */
function define(target, name, value, repeat = false) {
    const old = repeat && Object.hasOwn(target, name) ? target[name] : undefined;
    const next = old === undefined ? value : Array.isArray(old) ? [...old, value] : [old, value];
    Object.defineProperty(target, name, {
        value: next,
        enumerable: true,
        writable: true,
        configurable: true
    });
}
function close(e) {
    const keepText = e.cdata || /\S/.test(e.text);
    const node = {};
    if (keepText)
        node._ = e.text;
    if (e.attributes)
        node.$ = e.attributes;
    for (const [name, value] of Object.entries(e.children))
        define(node, name, value);
    const keys = Object.keys(node);
    if (keys.length === 0)
        return e.text;
    return keys.length === 1 && keepText ? e.text : node;
}
/** Parses a document the way xml2js does with { explicitArray: false }; throws if malformed. */
function parseXmlDocument(xml) {
    const s = xml.replace(/^\uFEFF/, '');
    if (s.trim() === '')
        return null;
    let i = 0;
    const fail = (what) => {
        throw new Error(`${what} at offset ${i}`);
    };
    const skipTo = (end) => {
        const at = s.indexOf(end, i);
        if (at < 0)
            fail(`Unterminated ${s.slice(i, i + 4)}`);
        i = at + end.length;
    };
    const read = (re) => {
        re.lastIndex = i;
        const m = re.exec(s);
        i = re.lastIndex;
        return m ? m[0] : '';
    };
    const name = () => read(NAME) || fail('Invalid tag or attribute name');
    const stack = [];
    /** Adds a closed element to its parent; returns the document when it was the root. */
    const finish = (e) => {
        const parent = stack.length ? stack[stack.length - 1].children : {};
        define(parent, e.name, close(e), true);
        return stack.length ? undefined : parent;
    };
    for (;;) {
        if (i >= s.length)
            return stack.length ? fail('Unclosed root tag') : null;
        if (s[i] !== '<') {
            const end = s.indexOf('<', i);
            const text = s.slice(i, end < 0 ? s.length : end);
            if (stack.length)
                stack[stack.length - 1].text += decode(text);
            else if (/\S/.test(text))
                fail('Non-whitespace before first tag.');
            i += text.length;
        }
        else if (s.startsWith('<!--', i)) {
            skipTo('-->');
        }
        else if (s.startsWith('<?', i)) {
            skipTo('?>');
        }
        else if (s.startsWith('<![CDATA[', i) && stack.length) {
            const start = i + 9;
            skipTo(']]>');
            stack[stack.length - 1].text += s.slice(start, i - 3);
            stack[stack.length - 1].cdata = true;
        }
        else if (s.startsWith('<!DOCTYPE', i) && !stack.length) {
            const subset = s.indexOf('[', i);
            const end = s.indexOf('>', i);
            if (subset >= 0 && subset < end)
                skipTo(']');
            skipTo('>');
        }
        else if (s.startsWith('</', i)) {
            i += 2;
            const closing = name();
            read(SPACE);
            const top = stack.pop();
            if (s[i++] !== '>' || top?.name !== closing)
                fail('Unexpected close tag');
            const root = finish(top);
            if (root)
                return root;
        }
        else {
            i += 1;
            read(SPACE);
            const open = { name: name(), children: {}, text: '', cdata: false };
            for (;;) {
                const gap = read(SPACE);
                if (s.startsWith('/>', i) || s[i] === '>')
                    break;
                if (!gap)
                    fail('Invalid attribute');
                const attr = name();
                read(SPACE);
                if (s[i++] !== '=')
                    fail('Attribute without value');
                read(SPACE);
                const quote = s[i++];
                if (quote !== '"' && quote !== "'")
                    fail('Unquoted attribute value');
                const end = s.indexOf(quote, i);
                if (end < 0)
                    fail('Unterminated attribute value');
                open.attributes ??= {};
                // The first of two equal attribute names wins, as in sax.
                if (!Object.hasOwn(open.attributes, attr))
                    define(open.attributes, attr, decode(s.slice(i, end)));
                i = end + 1;
            }
            if (s[i] === '>') {
                i += 1;
                stack.push(open);
            }
            else {
                i += 2;
                const root = finish(open);
                if (root)
                    return root;
            }
        }
    }
}
class TeaXml {
    /** openapi-client passes null as `response`; the typed cast of the real one is not kept. */
    static parseXml(body, response) {
        if (response !== null && response !== undefined) {
            throw new Error('@alicloud/tea-xml stand-in: only parseXml(body, null) is bundled');
        }
        return parseXmlDocument(String(body));
    }
}


/***/ }),

/***/ 5147:
/***/ (function(module) {

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


/***/ })

};
;