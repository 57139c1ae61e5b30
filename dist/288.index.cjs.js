"use strict";
exports.id = 288;
exports.ids = [288];
exports.modules = {

/***/ 7288:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ECS_IMAGE_STATUSES: function() { return /* binding */ ECS_IMAGE_STATUSES; },
/* harmony export */   ECS_VERSION: function() { return /* reexport safe */ _ecs_version_js__WEBPACK_IMPORTED_MODULE_4__.N; },
/* harmony export */   checkVmImage: function() { return /* binding */ checkVmImage; }
/* harmony export */ });
/* harmony import */ var _failures_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8380);
/* harmony import */ var _failures_explain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4552);
/* harmony import */ var _ehpc_answer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5144);
/* harmony import */ var _failures_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3377);
/* harmony import */ var _ecs_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4281);





/** Every status an ECS image can have: without them, DescribeImages lists only Available images. */
const ECS_IMAGE_STATUSES = 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated';
/** Codes by which ECS may say the image id is unknown, rather than answering an empty list. */
const NOT_FOUND_CODES = new Set(['InvalidImageId.NotFound', 'InvalidImageId.Malformed']);
/** Codes by which ECS refuses the call for want of a RAM permission. */
const PERMISSION_CODES = new Set([
    'Forbidden.RAM',
    'Forbidden',
    'NoPermission',
    'Forbidden.NoPermission'
]);
/** A status as the answer gives it, shown only when it is a plain word. */
const PLAIN_STATUS = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
/**
 * Whether the ECS image `imageId` exists in `region` and is Available, asked of ECS
 * DescribeImages with every status; never throws.
 */
async function checkVmImage(imageId, region, deps) {
    const where = `ECS ${deps.host} (region ${region})`;
    let answer;
    try {
        const call = await deps.call();
        answer = await (0,_failures_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(() => call({
            action: 'DescribeImages',
            query: { RegionId: region, ImageId: imageId, Status: ECS_IMAGE_STATUSES, PageSize: '10' }
        }), deps.policy);
    }
    catch (err) {
        if (err instanceof _failures_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD && NOT_FOUND_CODES.has(err.code))
            return notFound(imageId, region, where, err.requestId);
        if (!(err instanceof _failures_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD))
            return { kind: 'unverified', where, why: `ECS could not be asked: ${(0,_failures_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .unexpected */ .os)(err)}.` };
        return { kind: 'unverified', where, why: ecsFailure(err), requestId: err.requestId };
    }
    const { body, requestId } = answer;
    const found = imagesOf(body).find(image => (0,_ehpc_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(image.ImageId) === imageId);
    if (!found)
        return notFound(imageId, region, where, requestId);
    const status = (0,_ehpc_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(found.Status) ?? '';
    if (status === 'Available')
        return { kind: 'confirmed', where, status };
    const shown = PLAIN_STATUS.test(status) ? status : 'a status that is not Available';
    return {
        kind: 'definite',
        code: 'VmImageNotAvailable',
        where,
        requestId,
        message: `vm-image-id ${imageId} exists in ECS (region ${region}) but is ${shown}, not Available, so no job could start from it (ECS DescribeImages, RequestId ${requestId ?? 'none'}). ` +
            'Wait until the image is Available (an image being created becomes Available when its snapshot is done), or name another image in vm-image-id.'
    };
}
/** An ECS failure in words, with ECS's fix only: this call is the check's, not E-HPC's. */
function ecsFailure(err) {
    const status = err.httpStatus !== undefined ? `, HTTP ${err.httpStatus}` : '';
    const fix = PERMISSION_CODES.has(err.code)
        ? ' Grant the RAM user or role ecs:DescribeImages (see the README, Permissions), or set verify-image: false.'
        : '';
    return `${(0,_failures_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .whatHappened */ .ez)(err)}${fix} (code ${err.code}${status}, RequestId ${err.requestId ?? 'none: no answer from ECS'}).`;
}
function imagesOf(body) {
    const images = body.Images;
    const list = Array.isArray(images) ? images : images?.Image;
    return Array.isArray(list)
        ? list.filter((i) => typeof i === 'object' && i !== null)
        : [];
}
function notFound(imageId, region, where, requestId) {
    return {
        kind: 'definite',
        code: 'VmImageNotFound',
        where,
        requestId,
        message: `vm-image-id ${imageId} is not an ECS image in region ${region}: ECS DescribeImages, asked for every status, does not know it (RequestId ${requestId ?? 'none'}). ` +
            'Check the id (ECS console, Images, in the same region as E-HPC Instant), and copy or share the image into that region and account if it lives elsewhere.'
    };
}


/***/ })

};
;