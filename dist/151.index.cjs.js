"use strict";
exports.id = 151;
exports.ids = [151];
exports.modules = {

/***/ 7831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRpcCaller: () => (/* binding */ createRpcCaller)
/* harmony export */ });
/* unused harmony export toApiError */
/* harmony import */ var _alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6500);
/* harmony import */ var _alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


const exported = (_alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0___default());
const Client = (typeof exported === 'function' ? exported : exported.default);
function createRpcCaller(options) {
    const { service, version, endpoint, credentials, identity, timeoutMs } = options;
    // Every failure names where it went and as whom.
    const where = { host: endpoint.host, identity };
    const client = new Client(new _alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0__.Config({
        credential: credentials ? staticCredential(credentials) : undefined,
        endpoint: endpoint.host,
        protocol: endpoint.protocol,
        readTimeout: timeoutMs,
        connectTimeout: timeoutMs
    }));
    // The client's own retry loop (autoretry) never fires; ours is in retry.ts.
    const runtime = { readTimeout: timeoutMs, connectTimeout: timeoutMs, autoretry: false };
    return async ({ action, query, form }) => {
        const params = new _alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0__.Params({
            action,
            version,
            protocol: endpoint.protocol.toUpperCase(),
            pathname: '/',
            method: 'POST',
            authType: credentials ? 'AK' : 'Anonymous',
            style: 'RPC',
            reqBodyType: 'formData',
            bodyType: 'json'
        });
        const request = new _alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0__.OpenApiRequest({ query, body: form });
        let response;
        try {
            response = await client.callApi(params, request, runtime);
        }
        catch (err) {
            throw toApiError(service, action, err).with(where);
        }
        const body = (response.body ?? {});
        // The header is only readable here: the client's errors carry the body, not the headers.
        const requestId = stringField(body, 'RequestId') ?? stringField(response.headers, REQUEST_ID_HEADER);
        // The client returns an HTTP 200 with Success: false as a success.
        if (body.Success === false) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({
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
    const e = (typeof err === 'object' && err !== null ? err : {});
    const base = { service, action };
    const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
    if (status !== undefined && e.data) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({
            ...base,
            code: typeof e.code === 'string' && e.code !== 'undefined' ? e.code : `HTTP${status}`,
            httpStatus: status,
            requestId: stringField(e.data, 'RequestId') ?? stringField(e.data, 'requestId'),
            serverMessage: stringField(e.data, 'Message') ?? stringField(e.data, 'message')
        });
    }
    if (e.name === 'SyntaxError') {
        // A body that is not JSON: an HTML error page from a proxy or load balancer.
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...base, code: 'InvalidResponse' });
    }
    if (e.code === 'ETUNNELTIMEOUT') {
        // The proxy never opened the tunnel: nothing reached the endpoint.
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...base, code: 'RequestTimeout', outcomeUnknown: false });
    }
    const name = e.name ?? '';
    const message = e.message ?? '';
    if (/Timeout/i.test(name) || /Timeout/.test(message)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...base, code: 'RequestTimeout' });
    }
    const socketCode = SOCKET_ERRORS.get(e.code ?? '');
    if (socketCode)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...base, code: socketCode });
    if (e.code === 'EPROXY') {
        // A proxy's 5xx may pass; its 403 or 407 will not.
        const proxyStatus = e.status ?? 0;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({
            ...base,
            code: 'ProxyError',
            serverMessage: message,
            retryable: proxyStatus >= 500
        });
    }
    if (/socket hang up/i.test(message))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...base, code: 'ConnectionReset' });
    if (/certificate|SSL|TLS/i.test(`${e.code ?? ''} ${message}`)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...base, code: 'TlsError' });
    }
    // Nothing says how far the request got.
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiError */ .hD({ ...base, code: 'UnknownError', retryable: false, outcomeUnknown: true });
}
/** Node's socket error codes, as the action's error codes. */
const SOCKET_ERRORS = new Map([
    ['ECONNREFUSED', 'ConnectionRefused'],
    ['ECONNRESET', 'ConnectionReset'],
    ['EPIPE', 'ConnectionReset'],
    ['ECONNABORTED', 'ConnectionReset'],
    ['EAI_AGAIN', 'DnsTemporaryFailure'],
    ['ENOTFOUND', 'HostNotFound']
]);


/***/ }),

/***/ 47:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Config: () => (/* binding */ Config),
/* harmony export */   "default": () => (/* binding */ Credential)
/* harmony export */ });
/**
 * Build-time stand-in for `@alicloud/credentials`, swapped in by scripts/build.mjs for the
 * copy @alicloud/openapi-client imports at start-up. The client builds a credential from it
 * only when given bare keys; the action always hands it a ready credential (src/openapi.ts),
 * and gets STS credentials itself (src/sts.ts) so that they share the action's retries,
 * timeouts and proxy. The package stays in dependencies for the default credential chain.
 */
class Config {
    constructor(config) {
        Object.assign(this, config);
    }
}
class Credential {
    constructor() {
        throw new Error('@alicloud/credentials is not bundled in this action (see src/stubs/credentials.ts)');
    }
}


/***/ }),

/***/ 1675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ TeaXml),
/* harmony export */   parseXmlDocument: () => (/* binding */ parseXmlDocument)
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


/***/ })

};
;