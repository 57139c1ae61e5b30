"use strict";
exports.id = 519;
exports.ids = [519];
exports.modules = {

/***/ 4519:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preconnect: function() { return /* binding */ preconnect; }
/* harmony export */ });
/* unused harmony export waitingConnections */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _endpoint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);




const waiting = new Map();
const sessions = new Map();
const originals = new Map();
function install() {
    for (const [proto, secure] of [
        [(node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent).prototype, true],
        [(node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent).prototype, false]
    ]) {
        const target = proto;
        if (originals.has(proto))
            continue;
        const original = target.createConnection;
        originals.set(proto, original);
        target.createConnection = function (options, callback) {
            const key = keyOf(options, secure);
            const ready = take(key);
            if (ready) {
                if (ready.socket) {
                    handOver(ready.socket);
                    return ready.socket;
                }
                ;
                ready.pending.then(s => (handOver(s), callback?.(null, s)), (err) => callback?.(err));
                return undefined;
            }
            return open(original, this, withSession(options, key, secure), key, secure, callback);
        };
    }
}
function keyOf(options, secure) {
    return `${secure ? 'https' : 'http'}://${String(options.host)}:${Number(options.port ?? (secure ? 443 : 80))}`;
}
/** The oldest usable socket waiting for `key`; closed or failed ones are dropped. */
function take(key) {
    const list = waiting.get(key);
    while (list?.length) {
        const w = list.shift();
        if (w.failed || w.socket?.destroyed)
            continue;
        w.taken = true;
        return w;
    }
    return undefined;
}
function handOver(socket) {
    socket.removeListener('error', ignore);
    socket.ref();
}
function ignore() { }
function withSession(options, key, secure) {
    const session = secure && !options.session ? sessions.get(key) : undefined;
    return session ? { ...options, session } : options;
}
/** Opens as the agent would, keeping the newest TLS session of the host. */
function open(original, agent, options, key, secure, callback) {
    const remember = (socket) => {
        if (secure)
            socket.on('session', (s) => sessions.set(key, s));
    };
    const socket = original.call(agent, options, (err, s) => {
        if (s && s !== socket)
            remember(s);
        callback?.(err, s);
    });
    if (socket)
        remember(socket);
    return socket;
}
const openers = {
    https: new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)({ keepAlive: true }),
    http: new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)({ keepAlive: true })
};
/**
 * Opens `count` connections to `endpoint` (TCP, and TLS for https) for the requests to
 * come; those no request has taken within `timeoutMs` are closed. Never throws: a
 * connection that fails is dropped.
 */
function preconnect(endpoint, count, timeoutMs) {
    install();
    const secure = endpoint.protocol === 'https';
    const proto = secure ? (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent).prototype : (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent).prototype;
    const original = originals.get(proto);
    const { hostname, port } = (0,_endpoint_js__WEBPACK_IMPORTED_MODULE_3__/* .hostAndPort */ .PG)(endpoint);
    const options = {
        host: hostname,
        port,
        // As Node's agent names the server: no SNI for an address.
        ...(secure ? { servername: node_net__WEBPACK_IMPORTED_MODULE_2___default().isIP(hostname) ? '' : hostname } : {})
    };
    const key = keyOf(options, secure);
    const list = waiting.get(key) ?? [];
    waiting.set(key, list);
    const entries = [];
    // One unreferenced timer for the lot: the sockets still waiting at the end are closed, and
    // so is one a proxy tunnel hands over later.
    let expired = false;
    const expiry = setTimeout(() => {
        expired = true;
        for (const e of entries)
            if (!e.taken)
                e.socket?.destroy();
    }, timeoutMs);
    expiry.unref();
    for (let i = 0; i < count; i++) {
        const entry = { failed: false, taken: false };
        const park = (socket) => {
            socket.on('error', ignore);
            socket.once('close', () => (entry.failed = true));
            socket.unref();
            if (expired && !entry.taken)
                socket.destroy();
            return socket;
        };
        let settle;
        let fail;
        const socket = open(original, openers[secure ? 'https' : 'http'], withSession(options, key, secure), key, secure, (err, s) => {
            // net.createConnection calls it on 'connect' with no arguments: nothing to do.
            if (err) {
                entry.failed = true;
                fail?.(err);
            }
            else if (s && !entry.socket) {
                entry.socket = park(s);
                settle?.(s);
            }
        });
        if (socket)
            entry.socket = park(socket);
        else {
            // Through a proxy tunnel: the socket comes later, to the callback above.
            entry.pending = new Promise((resolve, reject) => {
                settle = resolve;
                fail = reject;
            });
            entry.pending.catch(ignore);
        }
        entries.push(entry);
        list.push(entry);
    }
}
/** Connections opened ahead and not used yet (for tests and the benchmark's accounting). */
function waitingConnections() {
    let n = 0;
    for (const list of waiting.values())
        n += list.filter(w => !w.failed && !w.socket?.destroyed).length;
    return n;
}


/***/ })

};
;