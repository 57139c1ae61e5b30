export const id = 151;
export const ids = [151];
export const modules = {

/***/ 831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRpcCaller: () => (/* binding */ createRpcCaller)
/* harmony export */ });
/* unused harmony export toApiError */
/* harmony import */ var _alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(500);
/* harmony import */ var _alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(916);


const exported = (_alicloud_openapi_client__WEBPACK_IMPORTED_MODULE_0___default());
const Client = (typeof exported === 'function' ? exported : exported.default);
function createRpcCaller(options) {
    const { service, version, endpoint, credentials, timeoutMs } = options;
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
            throw toApiError(service, action, err);
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
                serverMessage: stringField(body, 'Message')
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
 * Build-time stand-in for `@alicloud/credentials`, mapped in tsconfig.json "paths".
 * @alicloud/openapi-client builds a credential from it only when given bare keys; the
 * action always hands it a ready credential (src/openapi.ts), and gets STS credentials
 * itself (src/sts.ts) so that they share the action's retries, timeouts and proxy.
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

/***/ 675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ TeaXml),
/* harmony export */   parseXmlDocument: () => (/* binding */ parseXmlDocument)
/* harmony export */ });
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(text) {
    return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e) => e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : ENTITIES[e.toLowerCase()]);
}
/** Parses elements and text; attributes, comments and processing instructions are skipped. */
function parseXmlDocument(xml) {
    const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
    const root = {};
    const stack = [
        { name: '', node: root, text: '', children: true }
    ];
    const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|([^<]+)/g;
    for (let m = tag.exec(body); m; m = tag.exec(body)) {
        const [, closing, name, selfClosing, text] = m;
        const top = stack[stack.length - 1];
        if (text !== undefined) {
            top.text += text;
        }
        else if (closing) {
            if (top.name !== name || stack.length === 1)
                return {};
            stack.pop();
            const parent = stack[stack.length - 1];
            parent.children = true;
            parent.node[name] = top.children ? top.node : decode(top.text.trim());
        }
        else if (selfClosing) {
            top.children = true;
            top.node[name] = '';
        }
        else {
            stack.push({ name, node: {}, text: '', children: false });
        }
    }
    return stack.length === 1 ? root : {};
}
class TeaXml {
    static parseXml(body, _response) {
        return parseXmlDocument(String(body));
    }
}


/***/ })

};
