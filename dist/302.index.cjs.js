"use strict";
exports.id = 302;
exports.ids = [302];
exports.modules = {

/***/ 2302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTokenFile: () => (/* binding */ readTokenFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** A service-account token is a few KiB; anything far larger is not one. */
const MAX_TOKEN_BYTES = 64 * 1024;
/**
 * Reads an OIDC token file, at most MAX_TOKEN_BYTES of it. Fails with an Error whose message
 * completes "the file …" (e.g. "cannot be read (ENOENT)"); never with the file's content.
 */
async function readTokenFile(path) {
    let text;
    try {
        // A FIFO or device could block the read: only a regular file is read.
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isFile())
            throw new Error('is not a regular file');
        const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
        try {
            const buffer = Buffer.alloc(MAX_TOKEN_BYTES + 1);
            const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
            if (bytesRead > MAX_TOKEN_BYTES)
                throw new Error(`is larger than ${MAX_TOKEN_BYTES} bytes`);
            text = buffer.subarray(0, bytesRead).toString('utf8').trim();
        }
        finally {
            await file.close();
        }
    }
    catch (err) {
        const code = err.code;
        throw code ? new Error(`cannot be read (${code})`) : err;
    }
    if (!text)
        throw new Error('is empty');
    return text;
}


/***/ })

};
;