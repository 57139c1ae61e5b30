"use strict";
exports.id = 856;
exports.ids = [856];
exports.modules = {

/***/ 7856:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bypassed: function() { return /* binding */ bypassed; },
/* harmony export */   openTunnel: function() { return /* binding */ openTunnel; },
/* harmony export */   proxyFor: function() { return /* binding */ proxyFor; },
/* harmony export */   proxyRoutes: function() { return /* binding */ proxyRoutes; },
/* harmony export */   routeThroughProxy: function() { return /* binding */ routeThroughProxy; }
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9691);
/* harmony import */ var _failures_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8380);






/**
 * @alicloud/openapi-client ignores its proxy settings and sends through its own agents,
 * so HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured here, at the socket: connections to
 * the action's own endpoints (and only those) are opened through a CONNECT tunnel.
 */
/** The proxy that `env` asks for to reach `endpoint`, or undefined for a direct connection. */
function proxyFor(endpoint, env) {
    return proxySetting(endpoint, env)?.url;
}
function proxySetting(endpoint, env) {
    const { hostname, port } = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_5__/* .hostAndPort */ .PG)(endpoint);
    const names = endpoint.protocol === 'https' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY'];
    const variable = names.find(name => env[name]);
    const raw = variable ? env[variable] : '';
    // An empty no_proxy does not hide NO_PROXY (as with curl and @actions/http-client).
    if (!raw || bypassed(hostname, port, env.no_proxy || env.NO_PROXY || ''))
        return undefined;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1].toLowerCase();
    if (scheme && scheme !== 'http' && scheme !== 'https') {
        throw _failures_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.environment(variable, `${variable} is a ${scheme}:// proxy, which the action does not support: it speaks to HTTP proxies only (http:// or https://, with CONNECT). ` +
            `Set ${variable} to an HTTP proxy, or add ${endpoint.host} to NO_PROXY to connect directly.`);
    }
    let url;
    try {
        url = new URL(scheme ? raw : `http://${raw}`);
    }
    catch {
        // Never repeated: it may hold a password.
        throw _failures_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.environment(variable, `${variable} is not a proxy URL like http://proxy.example.com:3128 (or http://user:password@host:port).`);
    }
    for (const [part, value] of [
        ['user', url.username],
        ['password', url.password]
    ]) {
        if (decodedOrUndefined(value) === undefined) {
            throw _failures_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz.environment(variable, `The ${part} in ${variable} holds a "%" that does not start a %XX escape. Percent-encode the ${part} in the proxy URL (write "%" as %25, "@" as %40, ":" as %3A).`);
        }
    }
    return { url, variable: variable };
}
function decodedOrUndefined(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return undefined;
    }
}
/** NO_PROXY entries: `*`, a host, `.domain` or `domain` (and its subdomains), optional `:port`. */
function bypassed(hostname, port, noProxy) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return noProxy
        .split(/[\s,]+/)
        .filter(Boolean)
        .some(entry => {
        if (entry === '*')
            return true;
        const m = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase());
        const [, name, entryPort] = m;
        if (entryPort && Number(entryPort) !== port)
            return false;
        const bare = name.replace(/^\*?\./, '');
        return host === bare || host.endsWith(`.${bare}`);
    });
}
/** Where each proxied `host:port` goes. */
const routes = new Map();
let installed = false;
/**
 * The proxy route each of these endpoints takes (one per host; none for a direct connection).
 * Throws an InputError for a proxy setting the action cannot use: the real run and the dry
 * run both check it here, before anything is sent.
 */
function proxyRoutes(endpoints, env) {
    const planned = [];
    for (const endpoint of endpoints) {
        const proxy = proxyFor(endpoint, env);
        // Endpoints that share a host (endpoint and sts-endpoint) need one route and one line.
        if (!proxy || planned.some(r => r.endpoint.host === endpoint.host))
            continue;
        // Plain-HTTP endpoints are tunnelled too: the proxy sees CONNECT, never the request.
        const description = `${endpoint.host} via proxy ${proxy.host}` +
            (endpoint.protocol === 'http' ? ' (http:// endpoint: through a CONNECT tunnel as well)' : '');
        planned.push({ endpoint, proxy, description });
    }
    return planned;
}
/**
 * Sends the connections to these endpoints through the proxy `env` names for them.
 * Returns a description of each route (no credentials) for the log.
 */
function routeThroughProxy(endpoints, env, timeoutMs, mask) {
    const planned = proxyRoutes(endpoints, env);
    for (const { endpoint, proxy } of planned) {
        if (proxy.password) {
            mask(proxy.password);
            mask(decodeURIComponent(proxy.password));
        }
        const { hostname, port } = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_5__/* .hostAndPort */ .PG)(endpoint);
        routes.set(`${hostname}:${port}`, proxy);
    }
    if (routes.size > 0 && !installed) {
        installed = true;
        wrap((node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent).prototype, true, timeoutMs);
        wrap((node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent).prototype, false, timeoutMs);
    }
    return planned.map(r => r.description);
}
function wrap(proto, secure, timeoutMs) {
    const target = proto;
    const original = target.createConnection;
    target.createConnection = function (options, callback) {
        const port = Number(options.port ?? (secure ? 443 : 80));
        const proxy = routes.get(`${options.host}:${port}`);
        if (!proxy)
            return original.call(this, options, callback);
        openTunnel(proxy, String(options.host), port, timeoutMs).then(socket => {
            if (!secure)
                return callback(null, socket);
            const servername = options.servername ?? String(options.host);
            callback(null, node_tls__WEBPACK_IMPORTED_MODULE_3___default().connect({ ...options, port, socket, servername }));
        }, (err) => callback(err));
        return undefined;
    };
}
/** Opens `CONNECT host:port` through `proxy`, bounded by `timeoutMs`. */
function openTunnel(proxy, host, port, timeoutMs) {
    return new Promise((resolve, reject) => {
        const proxyPort = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
        const socket = proxy.protocol === 'https:'
            ? node_tls__WEBPACK_IMPORTED_MODULE_3___default().connect({ host: proxy.hostname, port: proxyPort, servername: proxy.hostname })
            : node_net__WEBPACK_IMPORTED_MODULE_2___default().connect({ host: proxy.hostname, port: proxyPort });
        const fail = (err) => {
            clearTimeout(timer);
            socket.destroy();
            reject(err);
        };
        const timer = setTimeout(() => {
            const err = new Error(`proxy ${proxy.host} did not open a tunnel in time`);
            err.name = 'RequestTimeoutError';
            err.code = 'ETUNNELTIMEOUT';
            fail(err);
        }, timeoutMs);
        let head = Buffer.alloc(0);
        const onData = (chunk) => {
            head = Buffer.concat([head, chunk]);
            const end = head.indexOf('\r\n\r\n');
            if (end < 0) {
                if (head.length > 16384)
                    fail(proxyError(`proxy ${proxy.host} sent an oversized answer`, 502));
                return;
            }
            socket.off('data', onData);
            socket.off('error', fail);
            const status = /^HTTP\/1\.[01] (\d{3})/.exec(head.subarray(0, end).toString('latin1'))?.[1];
            if (status !== '200') {
                fail(proxyError(`proxy ${proxy.host} answered CONNECT with ${status ?? 'garbage'}`, Number(status ?? 0)));
                return;
            }
            clearTimeout(timer);
            const rest = head.subarray(end + 4);
            if (rest.length > 0)
                socket.unshift(rest);
            resolve(socket);
        };
        socket.on('data', onData);
        socket.once('error', fail);
        socket.once('connect', () => {
            const auth = proxy.username
                ? `Proxy-Authorization: Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}\r\n`
                : '';
            socket.write(`CONNECT ${host}:${port} HTTP/1.1\r\nHost: ${host}:${port}\r\n${auth}\r\n`);
        });
    });
}
function proxyError(message, status = 0) {
    const err = new Error(message);
    err.code = 'EPROXY';
    err.status = status;
    return err;
}


/***/ })

};
;