"use strict";
exports.id = 302;
exports.ids = [302];
exports.modules = {

/***/ 2302:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readTokenFile: function() { return /* binding */ readTokenFile; }
/* harmony export */ });
/* harmony import */ var _fs_small_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4327);

/** A service-account token is a few KiB; anything far larger is not one. */
const MAX_TOKEN_BYTES = 64 * 1024;
/**
 * Reads an OIDC token file, at most MAX_TOKEN_BYTES of it. Fails with an Error whose message
 * completes "the file \u2026" (e.g. "cannot be read (ENOENT)"); never with the file's content.
 */
async function readTokenFile(path) {
    const read = (0,_fs_small_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readSmallFile */ .E)(path, MAX_TOKEN_BYTES);
    if ('why' in read)
        throw new Error(read.why);
    const text = read.text.trim();
    if (!text)
        throw new Error('is empty');
    return text;
}


/***/ }),

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


/***/ })

};
;