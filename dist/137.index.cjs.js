"use strict";
exports.id = 137;
exports.ids = [137];
exports.modules = {

/***/ 9137:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requestIdToken: function() { return /* binding */ requestIdToken; }
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(808);
/* harmony import */ var _id_token_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4374);



/** `mask` gets the token the moment it is read, before any other line (the debug log's included). */
async function requestIdToken(audience, env, mask) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !requestToken)
        throw new Error('ACTIONS_ID_TOKEN_REQUEST_URL or _TOKEN is not set');
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Q('actions/oidc-client', [new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .BearerCredentialHandler */ .t(requestToken)], { allowRedirects: false, allowRetries: false, maxRetries: 0 });
    const target = audience ? `${url}&audience=${encodeURIComponent(audience)}` : url;
    try {
        const response = await client.get(target, { Accept: 'application/json' });
        const status = response.message.statusCode ?? 0;
        if (status >= 300 && status < 400) {
            response.message.resume();
            throw new _id_token_error_js__WEBPACK_IMPORTED_MODULE_1__/* .IdTokenAnswerError */ .B(`redirect (HTTP ${status})`, status, redirectHost(response.message.headers.location, target));
        }
        const body = await response.readBody();
        if (status !== 200)
            throw new _id_token_error_js__WEBPACK_IMPORTED_MODULE_1__/* .IdTokenAnswerError */ .B(`HTTP ${status}`, status);
        let value;
        try {
            value = JSON.parse(body)?.value;
        }
        catch {
            value = undefined;
        }
        if (typeof value !== 'string' || !value) {
            throw new Error('Response json body do not have ID Token field');
        }
        mask(value);
        return value;
    }
    finally {
        client.dispose();
    }
}
function redirectHost(location, base) {
    if (!location)
        return undefined;
    try {
        return new URL(location, base).host || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
;