/******/ (function() { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 770:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {

"use strict";
var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 980:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B6: function() { return /* binding */ describeSource; },
/* harmony export */   ED: function() { return /* binding */ EXPLICIT_SOURCES; },
/* harmony export */   RQ: function() { return /* binding */ OIDC_TOKEN_FILE_ENV; },
/* harmony export */   c$: function() { return /* binding */ CREDENTIAL_ENV; }
/* harmony export */ });
/** The environment variables that stand in for credential inputs, in the same roles. */
const CREDENTIAL_ENV = {
    'role-to-assume': 'ALIBABA_CLOUD_ROLE_ARN',
    'oidc-provider-arn': 'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
    'access-key-id': 'ALIBABA_CLOUD_ACCESS_KEY_ID',
    'access-key-secret': 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    'security-token': 'ALIBABA_CLOUD_SECURITY_TOKEN'
};
/** RRSA on ACK: the file holding the pod's service-account OIDC token. */
const OIDC_TOKEN_FILE_ENV = 'ALIBABA_CLOUD_OIDC_TOKEN_FILE';
const OIDC_PAIR = ['role-to-assume', 'oidc-provider-arn'];
const KEY_PAIR = ['access-key-id', 'access-key-secret'];
const KEY_USES = [...KEY_PAIR, 'security-token'];
/**
 * The explicit credential sources, in the order they are tried: the first complete one
 * wins, inputs before the environment, OIDC before keys. After them, the default chain.
 */
const EXPLICIT_SOURCES = [
    { from: 'inputs', kind: 'oidc', pair: OIDC_PAIR, uses: OIDC_PAIR },
    { from: 'inputs', kind: 'keys', pair: KEY_PAIR, uses: KEY_USES },
    { from: 'environment', kind: 'oidc', pair: OIDC_PAIR, uses: OIDC_PAIR },
    { from: 'environment', kind: 'keys', pair: KEY_PAIR, uses: KEY_USES }
];
/** `inputs role-to-assume + oidc-provider-arn`, `env ALIBABA_CLOUD_ROLE_ARN + \u2026`. */
function describeSource(source) {
    const [a, b] = source.pair;
    return source.from === 'inputs'
        ? `inputs ${a} + ${b}`
        : `env ${CREDENTIAL_ENV[a]} + ${CREDENTIAL_ENV[b]}`;
}


/***/ }),

/***/ 5077:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ER: function() { return /* binding */ closestRegion; },
/* harmony export */   LR: function() { return /* binding */ servesRegion; },
/* harmony export */   Ld: function() { return /* binding */ defaultEndpointHost; },
/* harmony export */   S6: function() { return /* binding */ acrRegionOf; },
/* harmony export */   f8: function() { return /* binding */ EHPC_REGIONS; }
/* harmony export */ });
/**
 * The regions E-HPC Instant serves: those of the endpoint map in Alibaba Cloud's E-HPC
 * Instant SDK (aliyun/alibabacloud-typescript-sdk, ehpcinstant-20230701), each reached at
 * ehpcinstant.<region>.aliyuncs.com.
 */
const EHPC_REGIONS = [
    'cn-beijing',
    'cn-wulanchabu',
    'cn-hangzhou',
    'cn-shanghai',
    'cn-shenzhen',
    'cn-heyuan',
    'cn-guangzhou',
    'cn-chengdu',
    'cn-hongkong',
    'ap-southeast-1',
    'ap-southeast-3',
    'ap-southeast-5',
    'ap-northeast-1',
    'ap-northeast-2',
    'eu-central-1'
];
function defaultEndpointHost(region) {
    return `ehpcinstant.${region}.aliyuncs.com`;
}
function servesRegion(region) {
    return EHPC_REGIONS.includes(region);
}
/** The served region closest to `region` (a typo, a missing digit), if one is close. */
function closestRegion(region) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of EHPC_REGIONS) {
        const d = editDistance(region, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return bestDistance <= 3 ? best : undefined;
}
/** Levenshtein distance; the strings are region ids, a few dozen characters at most. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
const ACR_REGION = [
    // Personal Edition: registry[-vpc|-intl|-intl-vpc].<region>.aliyuncs.com
    /^registry(?:-vpc|-intl|-intl-vpc)?\.([a-z0-9-]+)\.aliyuncs\.com$/,
    // A Personal Edition instance: crpi-<id>[-vpc].<region>.personal.cr.aliyuncs.com
    /^crpi-[a-z0-9]+(?:-vpc)?\.([a-z0-9-]+)\.personal\.cr\.aliyuncs\.com$/,
    // Enterprise Edition: <instance>-registry[-vpc].<region>.cr.aliyuncs.com
    /\.([a-z]{2,}(?:-[a-z0-9]+)+)\.cr\.aliyuncs\.com$/
];
/** The region in a Container Registry host name, if it names one. */
function acrRegionOf(host) {
    const name = host.replace(/:\d+$/, '').toLowerCase();
    for (const pattern of ACR_REGION) {
        const m = pattern.exec(name);
        if (m)
            return m[1];
    }
    return undefined;
}


/***/ }),

/***/ 4554:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $8: function() { return /* binding */ RAM_ACTIONS; },
/* harmony export */   Ck: function() { return /* binding */ RERUN_LATER_FOR; },
/* harmony export */   Fk: function() { return /* binding */ knownCode; },
/* harmony export */   IL: function() { return /* binding */ RERUN_LATER; },
/* harmony export */   JP: function() { return /* binding */ retryClass; },
/* harmony export */   OX: function() { return /* binding */ SERVICE_NAME; },
/* harmony export */   SC: function() { return /* binding */ explainedCode; },
/* harmony export */   YL: function() { return /* binding */ serviceAdvice; },
/* harmony export */   a0: function() { return /* binding */ networkErrorCode; },
/* harmony export */   xh: function() { return /* binding */ proxyFailure; },
/* harmony export */   yJ: function() { return /* binding */ mayHaveBeenPerformed; },
/* harmony export */   yL: function() { return /* binding */ MAX_RETRY_AFTER_MS; },
/* harmony export */   zk: function() { return /* binding */ actionFailure; }
/* harmony export */ });
/* unused harmony exports explainedCodes, ACTION_FAILURES, ACTION_CODES */
/**
 * Everything the action knows about a failure, in one place: per error code, whether another
 * attempt may help, whether the failed request may nevertheless have been carried out, what
 * the code means and what to do; per action failure code (ACTION_FAILURES), how it is titled
 * and what it left registered. The codes come from the E-HPC Instant and STS API references
 * ("Error codes" of each operation), plus the ones the action gives to network failures.
 *
 * The sites that make errors pass only what they saw (FailureFacts: the code, the HTTP status,
 * how far the request got); retryClass and mayHaveBeenPerformed below read this table to
 * decide. How often and how long to retry is the strategy's (retry.ts, retry-policy.ts).
 */
const SERVICE_NAME = {
    ehpc: 'E-HPC Instant',
    sts: 'STS',
    github: 'GitHub',
    ecs: 'ECS',
    registry: 'Container registry'
};
const RERUN_LATER = 'Re-run the job later; if it persists, contact Alibaba Cloud support with the RequestId.';
const CHECK_NETWORK = 'Check the network path to {host} (proxy, firewall), then re-run.';
/** Facts that hold for every call that fails this way. */
const refused = (meaning, fix) => ({
    retry: 'no',
    mayBePerformed: false,
    meaning,
    fix
});
const transient = (meaning, fix, mayBePerformed) => ({
    retry: 'yes',
    mayBePerformed,
    meaning,
    fix
});
const CODES = new Map([
    // E-HPC Instant
    [
        'InvalidParams',
        refused('E-HPC Instant rejected a parameter of the request', 'Check the inputs named in the server message (name, image-version, registry-url, vm-image-id); run with dry-run: true to see the request.')
    ],
    [
        'ImageAlreadyExists',
        refused('an image with this name and version is already registered', 'Use a new image-version, or set if-exists: reuse or if-exists: replace.')
    ],
    [
        'InDebt',
        refused('the Alibaba Cloud account has overdue payments', 'Settle the overdue payment in the Alibaba Cloud billing console, then re-run the job.')
    ],
    [
        'NotEnabled',
        refused('E-HPC Instant is not activated for this Alibaba Cloud account', 'Activate E-HPC Instant in the Alibaba Cloud console (in this region), then re-run the job.')
    ],
    [
        'ImageInUse',
        refused('jobs still use the image, so it cannot be removed', 'Wait for the jobs to finish, or register under a new image-version.')
    ],
    [
        'ImageNotFound',
        refused('E-HPC Instant has no such image', 'The image was removed meanwhile; re-run the job.')
    ],
    ['EcsError', transient('a backend (ECS) failure inside E-HPC Instant', RERUN_LATER, true)],
    ['AliyunError', transient('a backend failure inside E-HPC Instant', RERUN_LATER, true)],
    ['DbError', transient('a database failure inside E-HPC Instant', RERUN_LATER, true)],
    [
        'NotAuthorized',
        refused('E-HPC Instant has not been granted the authorization it needs in this account', 'Complete the E-HPC Instant authorization in the console (the service-linked role), then re-run.')
    ],
    [
        'EntityNotExist.Role',
        refused('the role does not exist or is not authorized', 'For E-HPC Instant: authorize its service-linked role in the console. For keyless auth: check that role-to-assume is the ARN of an existing RAM role.')
    ],
    // Both services
    [
        'ServiceUnavailable',
        transient('{service} is temporarily unavailable', 'Re-run the job later, or raise max-attempts.', false)
    ],
    [
        'Throttling',
        transient('{service} rate limited the request', 'Re-run the job later, or raise max-attempts; avoid many parallel registrations.', false)
    ],
    ['InternalError', transient('an internal error of {service}', RERUN_LATER, true)],
    [
        'Forbidden.RAM',
        {
            ...refused('{identity} is not allowed to make this call', 'Grant the RAM user or role the action named above (ehpc:AddImage, ehpc:ListImages and ehpc:GetImage; ehpc:RemoveImage for if-exists: replace).'),
            namesRamAction: true
        }
    ],
    [
        'InvalidAccessKeyId.NotFound',
        refused('the AccessKey ID is unknown to Alibaba Cloud', 'Check access-key-id (or ALIBABA_CLOUD_ACCESS_KEY_ID): the key may have been deleted or mistyped.')
    ],
    [
        'SignatureDoesNotMatch',
        refused('the request signature does not match: the AccessKey secret is wrong', 'Check access-key-secret (or ALIBABA_CLOUD_ACCESS_KEY_SECRET) belongs to the access-key-id.')
    ],
    [
        'InvalidAccessKeySecret',
        refused('the AccessKey secret is wrong', 'Check the AccessKey secret in {secretSource}: it must be the secret of {identity}, whole and current.')
    ],
    [
        'InvalidTimeStamp.Expired',
        {
            ...refused("the request's timestamp is too far from the server's time: the runner's clock is off", "Fix the runner's clock (enable NTP on self-hosted runners), then re-run."),
            retry: 'once'
        }
    ],
    [
        'SignatureNonceUsed',
        { ...refused('the request nonce was used already', 'Re-run the job.'), retry: 'once' }
    ],
    [
        'InvalidSecurityToken.Expired',
        refused('the STS security token has expired', 'Get fresh temporary credentials (or use keyless auth with role-to-assume, which gets them in the same step).')
    ],
    [
        'InvalidSecurityToken.Mismatch',
        refused('the STS security token does not belong to the AccessKey ID', 'Pass the security-token that came with these temporary keys.')
    ],
    [
        'InvalidSecurityToken.MismatchWithAccessKey',
        refused('the STS security token does not belong to the AccessKey ID', 'Pass the security-token that came with these temporary keys.')
    ],
    // STS AssumeRoleWithOIDC
    [
        'AuthenticationFail.NoPermission',
        refused("STS refused to let the OIDC token assume the role: the role's trust policy does not match the token's claims, or the OIDC provider is not registered", "Check oidc-provider-arn, and that the role's trust policy allows this provider with oidc:sub, oidc:aud and oidc:iss conditions that match the token's claims shown here.")
    ],
    [
        'AuthenticationFail.OIDCToken.AudienceNotMatch',
        refused("the token's audience is not a client id of the OIDC provider", 'Set audience to a client id registered on the RAM OIDC provider (default sts.aliyuncs.com).')
    ],
    [
        'AuthenticationFail.OIDCToken.Expired',
        refused('the OIDC token had expired when STS checked it', "Re-run the job; check the runner's clock.")
    ],
    [
        'AuthenticationFail.OIDCToken.IssuerNotMatch',
        refused("the token's issuer (iss) is not the issuer URL of the RAM OIDC provider", "Set the provider's issuer URL to the token's iss shown here: on GitHub Enterprise Server https://<host>/_services/token, on GHE.com the enterprise's own issuer.")
    ],
    [
        'AuthenticationFail.OIDCToken.Invalid',
        refused('STS could not read the OIDC token', 'Re-run the job; if it persists, check the OIDC provider configuration in RAM.')
    ],
    [
        'AuthenticationFail.OIDCToken.InvalidSignature',
        refused("STS could not verify the OIDC token's signature", "Check that the RAM OIDC provider's issuer URL is the token's iss claim and that its fingerprint is current.")
    ],
    [
        'InvalidParameter.DurationSeconds',
        refused("role-duration-seconds is above the role's maximum session duration (or below 900)", "Lower role-duration-seconds, or raise the role's MaxSessionDuration in RAM.")
    ],
    [
        'InvalidParameter.RoleSessionName',
        refused('STS rejected the role session name', 'Set role-session-name to 2-64 characters of A-Z a-z 0-9 . @ _ -.')
    ],
    // What the action calls failures that came with no answer from the service.
    [
        'RequestTimeout',
        transient('no answer came from {host} within request-timeout-seconds', 'Check the network path to {host} (proxy, VPC endpoint), or raise request-timeout-seconds / max-attempts.', 
        // A "connect" timeout can come from a reused keep-alive socket after the request went out.
        true)
    ],
    [
        'ResponseStalled',
        transient('the answer began, but its body stopped coming within request-timeout-seconds', 'Check the network path to the endpoint (proxy, firewall), or raise request-timeout-seconds / max-attempts.', true)
    ],
    [
        'StepBudgetExhausted',
        {
            ...refused("the step's time budget for all its calls together ran out", 'See the log for the calls that were slow or retried and check the network path to {host}; then re-run the job (its lookup finds an image this run registered and reuses it).'),
            // An attempt cut short may have been carried out; one that never started was not.
            mayBePerformed: true
        }
    ],
    [
        'ResponseTooLarge',
        {
            ...refused('the answer was larger than any answer of the API (8 MiB), so the action stopped reading it: something other than the API answered (a proxy, or a wrong endpoint?)', 'Check endpoint / sts-endpoint and any proxy between the runner and Alibaba Cloud, then re-run.'),
            mayBePerformed: true
        }
    ],
    [
        'ConnectionReset',
        transient('the connection to {host} was closed before an answer came', CHECK_NETWORK, true)
    ],
    [
        'ConnectionRefused',
        transient('{host} refused the connection', 'Check {endpointInput} and the network path to {host}.', false)
    ],
    [
        'HostNotFound',
        refused('{host} does not resolve', 'Check region and {endpointInput} (VPC endpoints resolve only inside their VPC).')
    ],
    [
        'DnsTemporaryFailure',
        transient('DNS could not resolve {host} for now', "Re-run the job; check the runner's DNS.", false)
    ],
    [
        'InvalidResponse',
        {
            ...transient('the answer from {host} was not what the API sends (an HTML error page from a proxy or load balancer, or an image id that is not one)', 'Re-run the job; check any proxy between the runner and Alibaba Cloud.', true),
            statusDecides: true
        }
    ],
    [
        'ProxyError',
        refused('the HTTP proxy refused to open a tunnel to {host}', 'Check HTTPS_PROXY / HTTP_PROXY (for a 407, the user:password in it) and NO_PROXY, or the proxy allow-list.')
    ],
    [
        'TlsError',
        refused('the TLS connection to {host} failed', 'Check {endpointInput} and any TLS-intercepting proxy (NODE_EXTRA_CA_CERTS).')
    ]
]);
/**
 * Advice for a code as one service answers it, where the code's row would give another
 * service's remedies. Retry and outcome stay the code's row's.
 */
const SERVICE_ADVICE = new Map([
    [
        'sts:EntityNotExist.Role',
        {
            meaning: 'STS found no RAM role with the ARN in role-to-assume',
            fix: 'Check that role-to-assume is the ARN of an existing RAM role (acs:ram::<account-id>:role/<name>) in the account of oidc-provider-arn.'
        }
    ],
    [
        'ehpc:EntityNotExist.Role',
        {
            meaning: 'the service-linked role of E-HPC Instant does not exist in this account or is not authorized',
            fix: 'Authorize the E-HPC Instant service-linked role in the E-HPC console (once per account), then re-run the job.'
        }
    ],
    [
        'ecs:Forbidden.RAM',
        {
            fix: 'Grant the RAM user or role the action named above (ecs:DescribeImages), or set verify-image: false.'
        }
    ],
    // The secret the call was signed with, named where this run took it from.
    [
        'ehpc:SignatureDoesNotMatch',
        {
            fix: 'Check the AccessKey secret in {secretSource}: it must be the secret of {identity}, whole and current.'
        }
    ],
    [
        'ecs:SignatureDoesNotMatch',
        {
            fix: 'Check the AccessKey secret in {secretSource}: it must be the secret of {identity}, whole and current.'
        }
    ],
    ['github:HostNotFound', { fix: "Check {endpointInput} and the runner's DNS." }],
    [
        'github:InvalidResponse',
        { fix: 'Re-run the job; check any proxy between the runner and {host}.' }
    ],
    [
        'github:ResponseTooLarge',
        {
            fix: 'Check {endpointInput} and any proxy between the runner and {host}, then re-run.'
        }
    ],
    ['registry:HostNotFound', { fix: "Check the host in registry-url and the runner's DNS." }],
    [
        'registry:InvalidResponse',
        { fix: 'Re-run the job; check any proxy between the runner and {host}.' }
    ],
    [
        'registry:ResponseTooLarge',
        { fix: 'Check the host in registry-url and any proxy between the runner and it, then re-run.' }
    ]
]);
/** The words for `code` from `service`, when they differ from the code's row. */
function serviceAdvice(service, code) {
    const exact = SERVICE_ADVICE.get(`${service}:${code}`);
    if (exact)
        return exact;
    const family = FAMILIES.find(([prefix]) => code.startsWith(prefix));
    return family ? SERVICE_ADVICE.get(`${service}:${family[1]}`) : undefined;
}
/**
 * "Re-run later", and who to ask when it persists: the service's own support. RERUN_LATER
 * in a row is replaced by this for the service that answered.
 */
const RERUN_LATER_FOR = {
    ehpc: RERUN_LATER,
    sts: RERUN_LATER,
    ecs: RERUN_LATER,
    github: "Re-run the job later; if it persists, check GitHub's status (https://www.githubstatus.com), or on GitHub Enterprise Server the server's health.",
    registry: "Re-run the job later; if it persists, check the registry's status with its operator."
};
/** Code families: every `Throttling.*` is throttling, every `Forbidden.*` a RAM denial. */
const FAMILIES = [
    ['Throttling.', 'Throttling'],
    ['Forbidden.', 'Forbidden.RAM']
];
/** The facts for a code or its family; undefined for a code the action does not know. */
function knownCode(code) {
    const exact = CODES.get(code);
    if (exact)
        return exact;
    const family = FAMILIES.find(([prefix]) => code.startsWith(prefix));
    return family ? CODES.get(family[1]) : undefined;
}
/** The code whose facts apply: the code itself, or its family's representative. */
function explainedCode(code) {
    if (CODES.has(code))
        return code;
    return FAMILIES.find(([prefix]) => code.startsWith(prefix))?.[1];
}
/** Every code the table explains (families by their representative code). */
function explainedCodes() {
    return [...CODES.keys()];
}
/**
 * The longest wait a server may ask for (GitHub's Retry-After or rate-limit reset, Alibaba
 * Cloud's x-acs-retry-after); beyond it, the call fails. 60 s is the cap Alibaba Cloud's CLI
 * puts on x-acs-retry-after by default, and max-attempts waits of it fit in the step's budget.
 */
const MAX_RETRY_AFTER_MS = 60_000;
/**
 * How a failure may be retried. A 5xx answer is a server fault whatever its code: retried,
 * and of unknown outcome, unless its code says the request was turned away (throttling).
 * An answer that asks to come back after a wait is retried when the wait is not too long.
 */
function retryClass(f) {
    // The same request would get the same answer.
    if (f.delivery === 'redirected' || f.delivery === 'incomplete-answer')
        return 'no';
    const byCode = codeRetryClass(f);
    if (f.retryAfterMs === undefined)
        return byCode;
    if (f.retryAfterMs > MAX_RETRY_AFTER_MS)
        return 'no';
    return byCode === 'no' ? 'yes' : byCode;
}
function codeRetryClass(f) {
    const facts = knownCode(f.code);
    const status = f.code === 'ProxyError' ? f.proxyStatus : f.httpStatus;
    if (facts?.statusDecides && isTurnedAway(status))
        return status === 429 ? 'yes' : 'no';
    if (facts && facts.retry !== 'no')
        return facts.retry;
    return isServerFault(status) ? 'yes' : 'no';
}
/** True when a failed call may nevertheless have been carried out by the service. */
function mayHaveBeenPerformed(f) {
    if (f.delivery === 'not-sent' || f.delivery === 'redirected')
        return false;
    if (f.delivery === 'incomplete-answer')
        return true;
    const facts = knownCode(f.code);
    if (facts?.statusDecides && isTurnedAway(f.httpStatus))
        return false;
    if (facts?.retry === 'yes')
        return facts.mayBePerformed;
    if (facts)
        return facts.mayBePerformed || isServerFault(f.httpStatus);
    // A code the table does not know: without an answer, nothing says how far the request got.
    return f.httpStatus === undefined || isServerFault(f.httpStatus);
}
function isServerFault(httpStatus) {
    return httpStatus !== undefined && httpStatus >= 500;
}
function isTurnedAway(httpStatus) {
    return httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500;
}
/** Node's socket error codes, as the action's codes for a call that got no answer. */
const SOCKET_ERRORS = new Map([
    ['ECONNREFUSED', 'ConnectionRefused'],
    ['ECONNRESET', 'ConnectionReset'],
    ['EPIPE', 'ConnectionReset'],
    ['ECONNABORTED', 'ConnectionReset'],
    ['EAI_AGAIN', 'DnsTemporaryFailure'],
    ['ENOTFOUND', 'HostNotFound']
]);
/**
 * The action's code for a network failure: from Node's error code, or, for libraries that
 * keep only a message, from the words in it. Undefined when neither says what happened.
 */
function networkErrorCode(code, message = '') {
    const bySocket = SOCKET_ERRORS.get(code ?? '');
    if (bySocket)
        return bySocket;
    for (const [socketCode, actionCode] of SOCKET_ERRORS) {
        if (new RegExp(`\\b${socketCode}\\b`).test(message))
            return actionCode;
    }
    if (/socket hang up/i.test(message))
        return 'ConnectionReset';
    if (/certificate|SSL|TLS/i.test(`${code ?? ''} ${message}`))
        return 'TlsError';
    return undefined;
}
/**
 * A proxy that would not open the tunnel (status 0: no valid answer to CONNECT): nothing
 * reached the service. Only its status is kept: a library's message may end with the
 * request URL.
 */
function proxyFailure(status) {
    const hint = status === 407
        ? ' (Proxy Authentication Required: check the user and password in the proxy URL)'
        : '';
    return {
        code: 'ProxyError',
        serverMessage: status
            ? `the proxy answered CONNECT with HTTP ${status}${hint}`
            : 'the proxy sent no valid answer to CONNECT',
        proxyStatus: status,
        delivery: 'not-sent'
    };
}
const NOTHING_SENT = 'Nothing: no request was sent to Alibaba Cloud.';
const NOTHING_SENT_TO_EHPC = 'Nothing: no request was sent to E-HPC Instant.';
const NOTHING_WRITTEN = 'Nothing: nothing was written to E-HPC Instant (the image check comes first).';
const LEFT_IN_PLACE = 'Nothing new; the image already registered was left in place.';
/**
 * The action's own failure codes. Each has a section in docs/TROUBLESHOOTING.md; the two
 * that are also service codes (ImageInUse, ImageAlreadyExists) share the service code's.
 */
const ACTION_FAILURES = {
    IdTokenUnavailable: { registered: NOTHING_SENT },
    OidcTokenFileUnreadable: { registered: NOTHING_SENT },
    NoCredentials: { registered: NOTHING_SENT_TO_EHPC },
    ImageTargetMismatch: { registered: LEFT_IN_PLACE },
    IfExistsFail: { registered: LEFT_IN_PLACE },
    ImageInUse: { registered: LEFT_IN_PLACE },
    ImageAlreadyExists: { registered: 'Nothing by this run.' },
    ReleaseNotAnnotated: {
        registered: 'The image: it was registered (see the image-id output); only the GitHub Release was not written.',
        afterRegistering: true,
        title: 'GitHub Release not written or not confirmed (the image was registered)'
    },
    RegistryImageNotFound: {
        registered: NOTHING_WRITTEN,
        title: 'Image not found in its registry (nothing registered)'
    },
    RegistryCredentialRefused: {
        registered: NOTHING_WRITTEN,
        title: 'The registry refuses the registry credential (nothing registered)'
    },
    VmImageNotFound: {
        registered: NOTHING_WRITTEN,
        title: 'ECS image not found (nothing registered)'
    },
    VmImageNotAvailable: {
        registered: NOTHING_WRITTEN,
        title: 'ECS image not Available (nothing registered)'
    },
    ImageNotVerified: {
        registered: NOTHING_WRITTEN,
        title: 'Image not verified, verify-image is true (nothing registered)'
    },
    OutputsNotWritten: {
        registered: 'The image: it was registered (its id is in the message); only the step outputs were not written.',
        afterRegistering: true
    }
};
/** The action failure codes that are the action's alone (not also a service's). */
const ACTION_CODES = Object.keys(ACTION_FAILURES).filter(code => !CODES.has(code));
function actionFailure(code) {
    return ACTION_FAILURES[code];
}
const RAM_ACTIONS = new Map([
    ['AddImage', 'ehpc:AddImage'],
    ['ListImages', 'ehpc:ListImages'],
    ['GetImage', 'ehpc:GetImage'],
    ['RemoveImage', 'ehpc:RemoveImage'],
    ['DescribeImages', 'ecs:DescribeImages']
]);


/***/ }),

/***/ 8380:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: function() { return /* binding */ InputError; },
/* harmony export */   hD: function() { return /* binding */ ApiError; },
/* harmony export */   lZ: function() { return /* binding */ ActionError; },
/* harmony export */   th: function() { return /* binding */ ReplaceInterruptedError; }
/* harmony export */ });
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4554);

/** An input that is missing, malformed or does not fit the others. Found before any network call. */
class InputError extends Error {
    input;
    source;
    constructor(input, message, 
    /** What `input` names: an input of the step, or an environment variable (a proxy setting). */
    source = 'input') {
        super(message);
        this.input = input;
        this.source = source;
        this.name = 'InputError';
    }
    /** A setting read only from the environment, never from an input (e.g. HTTPS_PROXY). */
    static environment(variable, message) {
        return new InputError(variable, message, 'environment variable');
    }
    /** `Input "name" is invalid: <why>` */
    static invalid(input, why) {
        return new InputError(input, `Input "${input}" is invalid: ${why}`);
    }
    /** `Input "name" is required: <why>` (nothing gives it) or `\u2026 is missing: <why>` (its partner is set). */
    static missing(input, why, word = 'required') {
        return new InputError(input, `Input "${input}" is ${word}: ${why}`);
    }
}
/**
 * Every failure of an API call, normalised: code, HTTP status, RequestId and what the site
 * saw. Whether it is retried and whether it may have been performed, the error-code table
 * decides from those facts. A value: what a caller learns later (attempts, hints) makes a
 * new error with `with`.
 */
class ApiError extends Error {
    fields;
    service;
    action;
    code;
    httpStatus;
    requestId;
    serverMessage;
    delivery;
    proxyStatus;
    /** How it may be retried: never, with backoff, or once more (from the table). */
    retryClass;
    /** Another attempt may succeed: retryClass is not 'no'. */
    retryable;
    /** The request may have been carried out although it failed (from the table). */
    outcomeUnknown;
    attempts;
    hint;
    host;
    identity;
    secretSource;
    retryAfterMs;
    constructor(fields) {
        super(`${fields.action} failed with ${fields.code}`);
        this.fields = fields;
        this.name = 'ApiError';
        this.service = fields.service;
        this.action = fields.action;
        this.code = fields.code;
        this.httpStatus = fields.httpStatus;
        this.requestId = fields.requestId;
        this.serverMessage = fields.serverMessage;
        this.delivery = fields.delivery;
        this.proxyStatus = fields.proxyStatus;
        this.retryClass = (0,_error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .retryClass */ .JP)(fields);
        this.retryable = this.retryClass !== 'no';
        this.outcomeUnknown = (0,_error_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .mayHaveBeenPerformed */ .yJ)(fields);
        this.attempts = fields.attempts ?? 1;
        this.hint = fields.hint;
        this.host = fields.host;
        this.identity = fields.identity;
        this.secretSource = fields.secretSource;
        this.retryAfterMs = fields.retryAfterMs;
    }
    /** The same error with more context. */
    with(more) {
        return new ApiError({ ...this.fields, ...more });
    }
}
/**
 * AddImage failed after this run removed the image it was to replace (if-exists: replace):
 * the failure, and what the run had already changed.
 */
class ReplaceInterruptedError extends Error {
    failure;
    removedImageId;
    constructor(failure, removedImageId) {
        super(`${failure.message} after ${removedImageId} was removed`);
        this.failure = failure;
        this.removedImageId = removedImageId;
        this.name = 'ReplaceInterruptedError';
    }
}
/** A failure whose message is already final (what happened and what to do). */
class ActionError extends Error {
    requestId;
    code;
    constructor(message, requestId, 
    /** Its row of ACTION_FAILURES (error-codes.ts): title, section, what it left registered. */
    code) {
        super(message);
        this.requestId = requestId;
        this.code = code;
        this.name = 'ActionError';
    }
}


/***/ }),

/***/ 4552:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AD: function() { return /* binding */ failureCode; },
/* harmony export */   EB: function() { return /* binding */ troubleshootingAnchor; },
/* harmony export */   Rn: function() { return /* binding */ retryLine; },
/* harmony export */   TG: function() { return /* binding */ isApiFailure; },
/* harmony export */   Zk: function() { return /* binding */ registeredAfter; },
/* harmony export */   ez: function() { return /* binding */ whatHappened; },
/* harmony export */   jc: function() { return /* binding */ fixFor; },
/* harmony export */   mG: function() { return /* binding */ failedCall; },
/* harmony export */   nV: function() { return /* binding */ failureTitle; },
/* harmony export */   oh: function() { return /* binding */ failureMessage; },
/* harmony export */   os: function() { return /* binding */ unexpected; }
/* harmony export */ });
/* unused harmony export explainApiError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8380);
/* harmony import */ var _error_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4554);


/** A server's or library's text without its closing full stops, to end a sentence of ours. */
function clause(text) {
    return text.trim().replace(/[\s.]+$/, '');
}
/** The registry's placeholders, filled in for this error. */
function fill(text, err) {
    return text
        .replaceAll(_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .RERUN_LATER */ .IL, _error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .RERUN_LATER_FOR */ .Ck[err.service])
        .replaceAll('{service}', _error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAME */ .OX[err.service])
        .replaceAll('{host}', err.host ?? `the ${_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAME */ .OX[err.service]} endpoint`)
        .replaceAll('{endpointInput}', endpointSetting(err))
        .replaceAll('{identity}', err.identity ?? 'the RAM identity')
        .replaceAll('{secretSource}', err.secretSource ?? 'the credentials given to the action');
}
/** What sets the host a call went to: an input of the action, or a variable of the runner's. */
function endpointSetting(err) {
    if (err.service === 'sts')
        return 'sts-endpoint';
    if (err.service === 'ehpc')
        return 'endpoint';
    if (err.service === 'ecs')
        return 'ecs-endpoint';
    if (err.service === 'registry')
        return 'registry-url';
    return err.action.startsWith('OIDC token')
        ? "ACTIONS_ID_TOKEN_REQUEST_URL (the runner's)"
        : 'GITHUB_API_URL';
}
function isApiFailure(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReplaceInterruptedError */ .th;
}
/** The failed call itself. */
function failedCall(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReplaceInterruptedError */ .th ? err.failure : err;
}
/** The code's words as the service that answered means them: its own row, or the code's. */
function adviceFor(err) {
    const known = (0,_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .knownCode */ .Fk)(err.code);
    if (!known)
        return undefined;
    const own = (0,_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .serviceAdvice */ .YL)(err.service, err.code);
    return { meaning: own?.meaning ?? known.meaning, fix: own?.fix ?? known.fix };
}
/** What to do about an error: the registry's fix, or for an unknown code what may help. */
function fixFor(failure) {
    const err = failedCall(failure);
    const known = adviceFor(err);
    if (known)
        return fill(known.fix, err);
    // Re-running only helps when the service said the failure was its own or passing.
    return err.retryable
        ? _error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .RERUN_LATER_FOR */ .Ck[err.service]
        : 'Fix what the server message names: the same request will fail again.';
}
/** What went wrong with an API call, in words: which call, what the code means, the context. */
function whatHappened(failure) {
    if (failure instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReplaceInterruptedError */ .th) {
        return `${whatHappened(failure.failure)} ${removedNotice(failure.removedImageId, failure.failure)}`;
    }
    const err = failure;
    const service = _error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAME */ .OX[err.service];
    const known = (0,_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .knownCode */ .Fk)(err.code);
    const ram = known?.namesRamAction ? _error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .RAM_ACTIONS */ .$8.get(err.action) : undefined;
    const words = adviceFor(err);
    const meaning = words
        ? fill(words.meaning, err) + (ram ? ` (${ram})` : '')
        : `${service} answered with an error${err.serverMessage ? `: ${clause(err.serverMessage)}` : ''}`;
    const tries = err.attempts > 1 ? ` after ${err.attempts} attempts` : '';
    const server = known && err.serverMessage ? ` Server message: "${clause(err.serverMessage)}".` : '';
    const hint = err.hint ? ` ${err.hint}` : '';
    const wait = tooLongWait(err);
    return `${service} ${err.action} failed${tries}: ${meaning}.${server}${hint}${wait}`;
}
/** A server-asked wait the action does not make, in words; '' for any other failure. */
function tooLongWait(err) {
    if (err.retryAfterMs === undefined || err.retryAfterMs <= _error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RETRY_AFTER_MS */ .yL)
        return '';
    return ` ${_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAME */ .OX[err.service]} asked to wait ${duration(err.retryAfterMs)} before another attempt, longer than the ${duration(_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_RETRY_AFTER_MS */ .yL)} the action waits for, so it was not retried.`;
}
function duration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const s = ms / 1000;
    return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function removedNotice(imageId, err) {
    if (err.outcomeUnknown) {
        return (`${imageId} was removed (if-exists: replace), then AddImage got no clear answer: it may or may not have registered the new image. ` +
            'Re-run the job: its lookup finds the new image if it is there, and adds it if not.');
    }
    return (`${imageId} was removed (if-exists: replace), then registering the new image failed, so nothing is registered under this name and version now. ` +
        'To recover, fix the cause and re-run the job: its lookup finds nothing and adds the image.');
}
/** One message for an API failure: what happened, what to do, the code and RequestId. */
function explainApiError(failure) {
    const err = failedCall(failure);
    const status = err.httpStatus !== undefined ? `, HTTP ${err.httpStatus}` : '';
    return (`${whatHappened(failure)} ${fixFor(err)} ` +
        `(code ${err.code}${status}, ${requestIdNote(err)})`);
}
/** The RequestId, or why there is none: no answer came, or the answer carried none. */
function requestIdNote(err) {
    if (err.requestId)
        return `RequestId ${err.requestId}`;
    return err.httpStatus === undefined
        ? 'RequestId none: no answer from the server'
        : 'RequestId none: the answer carried none';
}
/** What a failed run left registered, or not; `imageRegistered`: it failed after registering. */
function registeredAfter(err, imageRegistered = false) {
    const action = err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && err.code ? (0,_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .actionFailure */ .zk)(err.code) : undefined;
    if (action?.afterRegistering)
        return action.registered;
    if (imageRegistered)
        return 'The image: it was registered (see the image-id output); only what came after failed.';
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return 'Nothing: no request was sent.';
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
        return action?.registered ?? 'Nothing by this run.';
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReplaceInterruptedError */ .th) {
        const notice = removedNotice(err.removedImageId, err.failure);
        return err.failure.outcomeUnknown ? `Unknown: ${notice}` : notice;
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ApiError */ .hD) {
        if (err.service === 'sts')
            return 'Nothing: no request was sent to E-HPC Instant.';
        if (err.action === 'AddImage' && err.outcomeUnknown)
            return 'Unknown: AddImage got no clear answer and may have registered the image; a re-run finds it and does not register it twice.';
        if (err.action === 'RemoveImage')
            return err.outcomeUnknown
                ? 'The image to replace may have been removed; the new one was not registered.'
                : 'Nothing new; the image to replace was left in place.';
        return 'Nothing.';
    }
    return 'Unknown: see the log.';
}
/** The one message a failed run ends with. */
function failureMessage(err) {
    if (isApiFailure(err))
        return explainApiError(err);
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ) {
        return err.requestId && !err.message.includes(err.requestId)
            ? `${err.message} (RequestId ${err.requestId})`
            : err.message;
    }
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return err.message;
    return `Unexpected failure: ${unexpected(err)}`;
}
/** A failure the action has no words for: what it says, and a request to report it. */
function unexpected(err) {
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return `${detail}. Please report it with the run's log.`;
}
/** The failure's code: the service's, or the action's own. */
function failureCode(err) {
    if (isApiFailure(err))
        return failedCall(err).code;
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ ? err.code : undefined;
}
/** The failure's section in docs/TROUBLESHOOTING.md: GitHub's anchor for its heading. */
function troubleshootingAnchor(err) {
    const code = isApiFailure(err) ? (0,_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .explainedCode */ .SC)(failedCall(err).code) : failureCode(err);
    if (code)
        return code.toLowerCase().replace(/[^a-z0-9_ -]/g, '');
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? 'input-errors' : 'other-codes';
}
/**
 * The annotation's title: which call failed and how, e.g. `E-HPC Instant AddImage: Forbidden.RAM`,
 * or which input is wrong.
 */
function failureTitle(err) {
    if (isApiFailure(err)) {
        const call = failedCall(err);
        return `${_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAME */ .OX[call.service]} ${call.action}: ${call.code}`;
    }
    // Not an AddImage failure: nothing was sent.
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        return `ehpc-add-image: ${err.source} "${err.input}"`;
    // The action's own findings are not an answer of E-HPC Instant.
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && err.code)
        return (0,_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .actionFailure */ .zk)(err.code).title ?? `ehpc-add-image: ${err.code}`;
    return 'ehpc-add-image: failed';
}
/** The header a service asks for a wait with. */
const RETRY_AFTER_HEADER = {
    ehpc: 'x-acs-retry-after',
    sts: 'x-acs-retry-after',
    github: 'Retry-After or its rate-limit reset',
    ecs: 'x-acs-retry-after',
    registry: 'Retry-After'
};
/** One log line per retry: which call, why, which attempt of how many, and the wait. */
function retryLine({ error, attempt, maxAttempts, waitMs }) {
    const known = adviceFor(error);
    const why = known ? `${error.code}: ${fill(known.meaning, error)}` : error.code;
    const wait = waitMs < 1000 ? `${waitMs} ms` : `${(waitMs / 1000).toFixed(1)} s`;
    const asked = error.retryAfterMs !== undefined && waitMs === error.retryAfterMs;
    return (`${_error_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAME */ .OX[error.service]} ${error.action}${error.host ? ` at ${error.host}` : ''}: ` +
        `attempt ${attempt}/${maxAttempts} failed (${why}); trying again in ${wait}` +
        (asked ? `, as the server asked (${RETRY_AFTER_HEADER[error.service]}).` : '.'));
}


/***/ }),

/***/ 9691:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bk: function() { return /* binding */ parseEndpoint; },
/* harmony export */   PG: function() { return /* binding */ hostAndPort; },
/* harmony export */   rF: function() { return /* binding */ onThisMachine; }
/* harmony export */ });
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const FORM = /^(?:(https?):\/\/)?([^/:?#@\s]+)(?::(\d{1,5}))?\/?$/i;
/**
 * Parses `host`, `host:port` or `http(s)://host[:port]`; no scheme means HTTPS.
 * Returns undefined when the value has none of these forms.
 */
function parseEndpoint(value) {
    const m = FORM.exec(value);
    if (!m)
        return undefined;
    const [, scheme, host, port] = m;
    if (!HOST.test(host))
        return undefined;
    if (port !== undefined) {
        const n = Number(port);
        if (n < 1 || n > 65535)
            return undefined;
    }
    return {
        host: port === undefined ? host.toLowerCase() : `${host.toLowerCase()}:${port}`,
        protocol: scheme?.toLowerCase() === 'http' ? 'http' : 'https'
    };
}
/** Splits `host[:port]` into the parts a socket needs. */
function hostAndPort(endpoint) {
    const [hostname, port] = endpoint.host.split(':');
    return { hostname, port: port ? Number(port) : endpoint.protocol === 'https' ? 443 : 80 };
}
/** Every endpoint is on this machine (loopback): only then may test knobs shorten a bound. */
function onThisMachine(endpoints) {
    return endpoints.every(e => {
        const { hostname } = hostAndPort(e);
        return hostname === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
    });
}


/***/ }),

/***/ 5524:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n0: function() { return /* binding */ isAcrHost; },
/* harmony export */   nB: function() { return /* binding */ isPublicPersonalInstanceHost; },
/* harmony export */   o_: function() { return /* binding */ parseImageReference; },
/* harmony export */   yo: function() { return /* binding */ isAcrEnterpriseHost; }
/* harmony export */ });
const HOST_PART = /^(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]*:[0-9a-f:.]*\])(?::\d{1,5})?$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Parses `host[:port]/path[:tag][@sha256:<64 hex>]`, or says in words what is wrong. */
function parseImageReference(value) {
    if (/\s/.test(value))
        return 'it contains whitespace';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return 'it has a scheme; remove the "https://" part';
    // user:password@host/... (never repeated: it holds a password).
    if (/^[^/]*@/.test(value)) {
        return 'it holds user info ("user:password@") before the host; give registry credentials in registry-username and registry-password instead';
    }
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            return 'the digest after "@" must be sha256:<64 lower-case hex>';
    }
    const slash = rest.indexOf('/');
    if (slash < 0)
        return 'it has no registry host; write host/namespace/name[:tag]';
    const host = rest.slice(0, slash).toLowerCase();
    let path = rest.slice(slash + 1);
    if (!HOST_PART.test(host) ||
        !(host.includes('.') || host.includes(':') || host === 'localhost')) {
        return `"${rest.slice(0, slash)}" is not a registry host (e.g. registry.cn-hangzhou.aliyuncs.com)`;
    }
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG.test(tag))
            return `the tag "${tag}" is not a valid tag`;
    }
    if (path === '')
        return 'it has no repository path after the host';
    const components = path.split('/');
    if (components.some(c => c !== c.toLowerCase()))
        return 'the repository path must be lower-case';
    if (!components.every(c => PATH_COMPONENT.test(c))) {
        return `the repository path "${path}" has an invalid component`;
    }
    return { host, repository: path, tag, digest };
}
/** Personal Edition: registry[-vpc|-intl|-intl-vpc].<region>.aliyuncs.com. */
const ACR_PERSONAL = /^registry(?:-vpc|-intl|-intl-vpc)?\.[a-z0-9-]+\.aliyuncs\.com$/;
/** A Personal Edition instance's exclusive endpoint (instances created since 2024-09-09). */
const ACR_PERSONAL_INSTANCE = /^crpi-[a-z0-9]+(-vpc)?\.[a-z0-9-]+\.personal\.cr\.aliyuncs\.com$/;
/** Enterprise Edition: `*.cr.aliyuncs.com`, except Personal Edition's `*.personal.cr.aliyuncs.com`. */
function isAcrEnterpriseHost(host) {
    const name = hostname(host);
    return name.endsWith('.cr.aliyuncs.com') && !name.endsWith('.personal.cr.aliyuncs.com');
}
function isAcrHost(host) {
    const name = hostname(host);
    return ACR_PERSONAL.test(name) || ACR_PERSONAL_INSTANCE.test(name) || isAcrEnterpriseHost(name);
}
/** A Personal Edition instance's public endpoint, `crpi-<id>.<region>.personal.cr.aliyuncs.com`. */
function isPublicPersonalInstanceHost(host) {
    const m = ACR_PERSONAL_INSTANCE.exec(hostname(host));
    return m !== null && m[1] === undefined;
}
function hostname(host) {
    return host.replace(/:\d+$/, '').toLowerCase();
}


/***/ }),

/***/ 9131:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: function() { return /* binding */ run; }
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(3838);
;// CONCATENATED MODULE: ./src/inputs/run-context.ts
function readRunContext(env) {
    const pick = (name) => env[name]?.trim() || undefined;
    return {
        refType: pick('GITHUB_REF_TYPE'),
        refName: pick('GITHUB_REF_NAME'),
        sha: pick('GITHUB_SHA'),
        repository: pick('GITHUB_REPOSITORY'),
        runId: pick('GITHUB_RUN_ID')
    };
}
function defaultImageVersion(ctx) {
    if (ctx.refType === 'tag' && ctx.refName)
        return ctx.refName;
    if (ctx.sha)
        return `sha-${ctx.sha.slice(0, 7)}`;
    return undefined;
}
function defaultDescription(ctx) {
    if (!ctx.repository || !ctx.sha)
        return undefined;
    const run = ctx.runId ? `, run ${ctx.runId}` : '';
    return `${ctx.repository}@${ctx.sha.slice(0, 7)}${run}`;
}
function defaultRoleSessionName(ctx, now = Date.now) {
    return `github-actions-${ctx.runId ?? now()}`;
}

// EXTERNAL MODULE: ./src/text/unsafe.ts
var unsafe = __nccwpck_require__(9909);
// EXTERNAL MODULE: ./src/failures/errors.ts
var errors = __nccwpck_require__(8380);
// EXTERNAL MODULE: ./src/http/endpoint.ts
var endpoint = __nccwpck_require__(9691);
// EXTERNAL MODULE: ./src/inputs/image-reference.ts
var image_reference = __nccwpck_require__(5524);
// EXTERNAL MODULE: ./src/ehpc/regions.ts
var regions = __nccwpck_require__(5077);
// EXTERNAL MODULE: ./src/report/urls.ts
var urls = __nccwpck_require__(414);
;// CONCATENATED MODULE: ./src/inputs/values.ts

// Parsers for one input value each: the value as read (trimmed), the input's name for the
// error, and what the value may be. They throw InputError naming the input.
function readBoolean(name, value, fallback) {
    if (!value)
        return fallback;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    throw errors/* InputError */.dz.invalid(name, `"${value}". Use true or false.`);
}
function readTriState(name, value) {
    const v = (value || 'auto').toLowerCase();
    if (v === 'auto')
        return undefined;
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw errors/* InputError */.dz.invalid(name, `"${value}". Use auto, true or false.`);
}
function readChoice(name, value, choices) {
    const v = value.toLowerCase();
    if (choices.includes(v))
        return v;
    throw errors/* InputError */.dz.invalid(name, `"${value}". Use one of ${choices.join(', ')}.`);
}
function readInteger(name, value, min, max) {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        throw errors/* InputError */.dz.invalid(name, `"${value}". Use a whole number from ${min} to ${max}.`);
    }
    return n;
}
/** At most `max` characters, counted as Unicode code points (an emoji is one). */
function limitLength(name, value, max) {
    const length = [...value].length;
    if (length > max) {
        throw errors/* InputError */.dz.invalid(name, `it has ${length} characters; use at most ${max}.`);
    }
}

;// CONCATENATED MODULE: ./src/release/config.ts



/**
 * Reads `annotate-release` and, only when it is true, `github-token` (masked at once) and
 * GITHUB_API_URL. Undefined when annotate-release is false.
 */
function readReleaseConfig(input, env, ctx, mask) {
    if (!readBoolean('annotate-release', input('annotate-release'), false))
        return undefined;
    const token = input('github-token');
    if (!token) {
        throw new errors/* InputError */.dz('github-token', 'Input "github-token" is empty, but annotate-release is true: the release is edited through the GitHub API with this token. ' +
            'Leave github-token at its default (${{ github.token }}, with permissions: contents: write) or pass a token that may edit releases.');
    }
    mask(token);
    const rawUrl = env.GITHUB_API_URL?.trim() || 'https://api.github.com';
    let url;
    try {
        url = new URL(rawUrl);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
        throw new errors/* InputError */.dz('annotate-release', `annotate-release needs the GitHub API, but env GITHUB_API_URL is "${(0,urls/* withoutUserInfo */.sl)(rawUrl)}", not an http(s) URL such as https://api.github.com or https://github.example.com/api/v3.`);
    }
    const isTag = ctx.refType === 'tag' && !!ctx.refName;
    return {
        token,
        apiUrl: url.href.replace(/\/+$/, ''),
        apiEndpoint: { host: url.host, protocol: url.protocol === 'http:' ? 'http' : 'https' },
        repository: ctx.repository,
        tag: isTag ? ctx.refName : undefined,
        ref: isTag || !ctx.refName ? undefined : `${ctx.refType ?? 'ref'} ${ctx.refName}`
    };
}

// EXTERNAL MODULE: ./src/credentials/sources.ts
var sources = __nccwpck_require__(980);
;// CONCATENATED MODULE: ./src/inputs/read-config.ts









const REGION = /^[a-z]{2,}(-[a-z0-9]+)+$/;
const SESSION_NAME = /^[A-Za-z0-9.@_-]{2,64}$/;
const ROLE_ARN = /^acs:ram::\d+:role\/\S+$/i;
const PROVIDER_ARN = /^acs:ram::\d+:oidc-provider\/\S+$/i;
const VM_IMAGE_ID = /^m-[a-z0-9]+$/;
const CRI_ID = /^cri-[a-z0-9]+$/;
const ACCESS_KEY_ID = /^[A-Za-z0-9.]+$/;
const MAX_ATTEMPTS_LIMIT = 10;
const TIMEOUT_LIMIT_SECONDS = 600;
/** Below this a request could not even open a connection; 0.0001 would round to no limit at all. */
const TIMEOUT_MIN_SECONDS = 0.1;
/** Limits in characters (Unicode code points). */
const MAX_NAME = 128;
const MAX_VERSION = 128;
const MAX_DESCRIPTION = 512;
/**
 * Reads every input, registers secrets with `mask` the moment they are read, and
 * validates them into one Config. Throws InputError naming the input at the first problem.
 */
function readConfig(getInput, env, ctx, mask) {
    const input = (name) => printable(`Input "${name}"`, name, getInput(name).trim());
    const envValue = (name) => printable(`env ${name}`, name, env[name]?.trim() ?? '');
    // Masked before anything is checked, so that no message can hold them.
    for (const secret of [
        getInput('access-key-secret'),
        getInput('security-token'),
        getInput('registry-password'),
        env[sources/* CREDENTIAL_ENV */.c$['access-key-secret']] ?? '',
        env[sources/* CREDENTIAL_ENV */.c$['security-token']] ?? ''
    ]) {
        if (secret.trim())
            mask(secret.trim());
    }
    const dryRun = readBoolean('dry-run', input('dry-run'), false);
    const sourcedRegion = readRegion(input('region'), envValue);
    const region = sourcedRegion.value;
    // With an endpoint of its own, a region the list does not know is only warned about.
    if (!input('endpoint'))
        requireServedRegion(sourcedRegion);
    const endpoint = readEndpoint('endpoint', input('endpoint'), (0,regions/* defaultEndpointHost */.Ld)(region));
    const stsEndpoint = readEndpoint('sts-endpoint', input('sts-endpoint'), `sts.${region}.aliyuncs.com`);
    const ecsEndpoint = readEndpoint('ecs-endpoint', input('ecs-endpoint'), `ecs.${region}.aliyuncs.com`);
    const image = readImage(input, ctx);
    const auth = readAuth(input, envValue, ctx);
    const settings = {
        region,
        endpoint,
        stsEndpoint,
        ecsEndpoint,
        image,
        verifyImage: readChoice('verify-image', input('verify-image') || 'auto', [
            'auto',
            'true',
            'false'
        ]),
        ifExists: readChoice('if-exists', input('if-exists') || 'reuse', [
            'reuse',
            'fail',
            'replace'
        ]),
        maxAttempts: readInteger('max-attempts', input('max-attempts') || '5', 1, MAX_ATTEMPTS_LIMIT),
        requestTimeoutMs: Math.round(readTimeoutSeconds(input('request-timeout-seconds') || '30') * 1000),
        jobSummary: readBoolean('job-summary', input('job-summary'), true),
        release: readReleaseConfig(input, env, ctx, mask)
    };
    if (dryRun)
        return { ...settings, dryRun, auth };
    // No explicit source: the default chain is tried when the run needs credentials.
    return { ...settings, dryRun, auth: auth ?? { kind: 'default-chain' } };
}
function readRegion(value, env) {
    const envName = ['ALIBABA_CLOUD_REGION_ID', 'ALIBABA_CLOUD_REGION'].find(name => env(name));
    const region = value
        ? { value, from: 'it' }
        : envName
            ? { value: env(envName), from: `env ${envName} (default of input "region")` }
            : undefined;
    if (!region) {
        throw errors/* InputError */.dz.missing('region', 'set it (e.g. region: cn-hangzhou) or the env ALIBABA_CLOUD_REGION_ID.');
    }
    if (!REGION.test(region.value)) {
        throw errors/* InputError */.dz.invalid('region', `${region.from} is "${region.value}", which is not a region id. Use one like cn-hangzhou or ap-southeast-1.`);
    }
    return region;
}
function requireServedRegion(region) {
    if ((0,regions/* servesRegion */.LR)(region.value))
        return;
    const guess = (0,regions/* closestRegion */.ER)(region.value);
    throw errors/* InputError */.dz.invalid('region', `${region.from} is "${region.value}", which is not a region E-HPC Instant serves.` +
        (guess ? ` Did you mean ${guess}?` : '') +
        ` It serves ${regions/* EHPC_REGIONS */.f8.join(', ')}. If it serves ${region.value} by now, set endpoint: ${(0,regions/* defaultEndpointHost */.Ld)(region.value)}.`);
}
function readEndpoint(name, value, fallback) {
    if (/^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/]*@/i.test(value)) {
        // Never repeated: the part before @ may be a password.
        throw errors/* InputError */.dz.invalid(name, 'it holds user info ("user:password@" before the host). Alibaba Cloud endpoints take no credentials in the URL: remove that part (and rotate the password if it was a real one).');
    }
    const parsed = (0,endpoint/* parseEndpoint */.Bk)(value || fallback);
    if (!parsed) {
        throw errors/* InputError */.dz.invalid(name, `"${value}" is not a host, host:port or http(s)://host[:port] (e.g. ehpcinstant-vpc.cn-hangzhou.aliyuncs.com or http://127.0.0.1:9000).`);
    }
    return parsed;
}
function readImage(input, ctx) {
    const name = input('name');
    if (!name)
        throw errors/* InputError */.dz.missing('name', 'the image name in E-HPC Instant.');
    limitLength('name', name, MAX_NAME);
    const version = input('image-version') || defaultImageVersion(ctx);
    if (!version) {
        throw new errors/* InputError */.dz('image-version', 'Input "image-version" is required outside GitHub Actions: no tag (GITHUB_REF_TYPE/GITHUB_REF_NAME) or commit (GITHUB_SHA) to derive it from.');
    }
    // The default comes from the run's tag name: checked like a given value.
    printable('Input "image-version"', 'image-version', version);
    limitLength('image-version', version, MAX_VERSION);
    const type = readImageType(input('image-type') || 'Container');
    const description = input('description') || defaultDescription(ctx);
    if (description) {
        printable('Input "description"', 'description', description);
        limitLength('description', description, MAX_DESCRIPTION);
    }
    const base = { name, version, description, type };
    const containerInputs = [
        'registry-url',
        'acr-instance-id',
        'registry-username',
        'registry-password',
        'registry-server'
    ];
    if (type === 'VM') {
        for (const other of containerInputs)
            rejectForType(other, input(other), 'VM');
        for (const flag of ['acr-registry', 'acr-enterprise']) {
            const v = input(flag).toLowerCase();
            if (v && v !== 'auto')
                rejectForType(flag, v, 'VM');
        }
        const vmImageId = input('vm-image-id');
        if (!vmImageId) {
            throw new errors/* InputError */.dz('vm-image-id', 'Input "vm-image-id" is required for image-type VM: the ECS image id, e.g. m-bp1g7004ksh0oeuco1cd.');
        }
        if (!VM_IMAGE_ID.test(vmImageId)) {
            throw errors/* InputError */.dz.invalid('vm-image-id', `"${vmImageId}" is not an ECS image id (m- followed by lower-case letters and digits).`);
        }
        return { ...base, vmImageId };
    }
    rejectForType('vm-image-id', input('vm-image-id'), 'Container');
    return { ...base, container: readContainer(input) };
}
function readImageType(value) {
    const lower = value.toLowerCase();
    if (lower === 'container')
        return 'Container';
    if (lower === 'vm')
        return 'VM';
    throw errors/* InputError */.dz.invalid('image-type', `"${value}". Use Container or VM.`);
}
function rejectForType(name, value, type) {
    if (!value)
        return;
    const fits = type === 'VM' ? 'Container' : 'VM';
    throw new errors/* InputError */.dz(name, `Input "${name}" does not fit image-type ${type}: it is only for ${fits} images. Remove it, or set image-type: ${fits}.`);
}
function readContainer(input) {
    const registryUrl = input('registry-url');
    if (!registryUrl) {
        throw new errors/* InputError */.dz('registry-url', 'Input "registry-url" is required for Container images: the pushed image, e.g. registry.cn-hangzhou.aliyuncs.com/my-ns/my-app:v1.2.3.');
    }
    const ref = (0,image_reference/* parseImageReference */.o_)(registryUrl);
    if (typeof ref === 'string') {
        throw errors/* InputError */.dz.invalid('registry-url', `${ref}. Expected host[:port]/path[:tag][@sha256:<64 hex>], e.g. registry.cn-hangzhou.aliyuncs.com/my-ns/my-app:v1.2.3.`);
    }
    const criId = input('acr-instance-id') || undefined;
    if (criId !== undefined && !CRI_ID.test(criId)) {
        throw errors/* InputError */.dz.invalid('acr-instance-id', `"${criId}" is not an ACR Enterprise Edition instance id (cri- followed by lower-case letters and digits).`);
    }
    const enterpriseFlag = readTriState('acr-enterprise', input('acr-enterprise'));
    if (criId !== undefined && enterpriseFlag === false) {
        throw new errors/* InputError */.dz('acr-instance-id', 'Input "acr-instance-id" is only for ACR Enterprise Edition, but acr-enterprise is false. Remove one of them.');
    }
    const isAcrEnterprise = enterpriseFlag ?? ((0,image_reference/* isAcrEnterpriseHost */.yo)(ref.host) || criId !== undefined);
    const registryFlag = readTriState('acr-registry', input('acr-registry'));
    if (registryFlag === false && isAcrEnterprise) {
        throw new errors/* InputError */.dz('acr-registry', 'Input "acr-registry" is false, but the registry is an ACR Enterprise Edition instance (acr-enterprise / acr-instance-id). Set acr-registry to auto or true.');
    }
    const isAcrRegistry = registryFlag ?? ((0,image_reference/* isAcrHost */.n0)(ref.host) || isAcrEnterprise);
    return {
        registryUrl,
        isAcrRegistry,
        isAcrEnterprise,
        criId,
        credential: readRegistryCredential(input, ref.host)
    };
}
function readRegistryCredential(input, registryHost) {
    const username = input('registry-username');
    const password = input('registry-password');
    const server = input('registry-server');
    const together = 'registry-username and registry-password go together.';
    if (username && !password)
        throw errors/* InputError */.dz.missing('registry-password', together, 'missing');
    if (password && !username)
        throw errors/* InputError */.dz.missing('registry-username', together, 'missing');
    if (!username) {
        if (server) {
            throw new errors/* InputError */.dz('registry-server', 'Input "registry-server" is only used with registry-username and registry-password; give those too or remove it.');
        }
        return undefined;
    }
    if (server && /[\s/]/.test(server)) {
        throw errors/* InputError */.dz.invalid('registry-server', `"${server}" must be a registry host[:port], without scheme or path.`);
    }
    return { server: server || registryHost, username, password };
}
/**
 * The explicit credentials to use: the first complete source of EXPLICIT_SOURCES
 * (credentials/sources.ts) wins. Half a pair within a source is an error, never a
 * fall-through. Undefined when no source gives any (the default chain's turn).
 */
function readAuth(input, env, ctx) {
    const oidcSettings = {
        audience: input('audience') || 'sts.aliyuncs.com',
        sessionName: readSessionName(input('role-session-name') || defaultRoleSessionName(ctx)),
        durationSeconds: readInteger('role-duration-seconds', input('role-duration-seconds') || '900', 900, 43200)
    };
    const fromEnv = (name) => {
        const value = env(sources/* CREDENTIAL_ENV */.c$[name]);
        return value ? { value, from: `env ${sources/* CREDENTIAL_ENV */.c$[name]}` } : undefined;
    };
    // A source of inputs is in use when any of its inputs is given; an input left empty
    // then takes its default from the environment, as action.yml says.
    const fromInputs = (names) => {
        if (!names.some(name => input(name)))
            return undefined;
        return (name) => {
            const value = input(name);
            return value ? { value, from: `input "${name}"` } : fromEnv(name);
        };
    };
    for (const source of sources/* EXPLICIT_SOURCES */.ED) {
        const read = source.from === 'inputs' ? fromInputs([...source.uses]) : fromEnv;
        if (!read)
            continue;
        const auth = source.kind === 'keys'
            ? readKeyPair(read, source.from)
            : source.from === 'inputs'
                ? readOidc(read, 'inputs', oidcSettings)
                : readEnvOidc(read, env(sources/* OIDC_TOKEN_FILE_ENV */.RQ), oidcSettings);
        if (auth)
            return auth;
    }
    return undefined;
}
/** OIDC from the environment: with the token from ALIBABA_CLOUD_OIDC_TOKEN_FILE when set (RRSA). */
function readEnvOidc(read, tokenFile, settings) {
    const auth = readOidc(read, 'environment', settings);
    if (!tokenFile)
        return auth;
    if (!auth) {
        throw errors/* InputError */.dz.missing('role-to-assume', `env ${sources/* OIDC_TOKEN_FILE_ENV */.RQ} is set (RRSA), which needs ${sources/* CREDENTIAL_ENV */.c$['role-to-assume']} and ${sources/* CREDENTIAL_ENV */.c$['oidc-provider-arn']} too; neither is set.`, 'missing');
    }
    return { ...auth, tokenFile };
}
function readOidc(read, source, settings) {
    const role = read('role-to-assume');
    const provider = read('oidc-provider-arn');
    if (!role && !provider)
        return undefined;
    if (!provider) {
        throw errors/* InputError */.dz.missing('oidc-provider-arn', `${role?.from} asks for keyless auth, which needs the ARN of the RAM OIDC identity provider too (acs:ram::<account-id>:oidc-provider/<name>).`, 'missing');
    }
    if (!role) {
        throw errors/* InputError */.dz.missing('role-to-assume', `${provider.from} asks for keyless auth, which needs the RAM role ARN too (acs:ram::<account-id>:role/<name>).`, 'missing');
    }
    if (!ROLE_ARN.test(role.value)) {
        throw errors/* InputError */.dz.invalid('role-to-assume', `${role.from} is "${role.value}", not a RAM role ARN like acs:ram::1234567890123456:role/ehpc-release.`);
    }
    if (!PROVIDER_ARN.test(provider.value)) {
        throw errors/* InputError */.dz.invalid('oidc-provider-arn', `${provider.from} is "${provider.value}", not an OIDC provider ARN like acs:ram::1234567890123456:oidc-provider/GitHub.`);
    }
    return { kind: 'oidc', roleArn: role.value, providerArn: provider.value, ...settings, source };
}
function readKeyPair(read, source) {
    const id = read('access-key-id');
    const secret = read('access-key-secret');
    const token = read('security-token');
    const label = (name) => source === 'inputs' ? `Input "${name}"` : sources/* CREDENTIAL_ENV */.c$[name];
    if (!id && !secret) {
        if (!token)
            return undefined;
        throw new errors/* InputError */.dz('security-token', `${label('security-token')} is set without an AccessKey: an STS token goes with ${label('access-key-id')} and ${label('access-key-secret')}.`);
    }
    if (!id || !secret) {
        const missing = id ? 'access-key-secret' : 'access-key-id';
        throw new errors/* InputError */.dz(missing, `${label(missing)} is missing: ${(id ?? secret)?.from} is set, and the AccessKey ID and secret go together.`);
    }
    if (!ACCESS_KEY_ID.test(id.value)) {
        throw new errors/* InputError */.dz('access-key-id', `${label('access-key-id')} is invalid: ${id.from} is not an AccessKey ID, which has only letters, digits and dots (STS. prefix for temporary keys).`);
    }
    return {
        kind: 'keys',
        accessKeyId: id.value,
        accessKeySecret: secret.value,
        securityToken: token?.value,
        source
    };
}
function readSessionName(value) {
    if (!SESSION_NAME.test(value)) {
        throw errors/* InputError */.dz.invalid('role-session-name', `"${value}". Use 2-64 characters of A-Z a-z 0-9 . @ _ -.`);
    }
    return value;
}
function readTimeoutSeconds(value) {
    const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!(n >= TIMEOUT_MIN_SECONDS) || n > TIMEOUT_LIMIT_SECONDS) {
        throw errors/* InputError */.dz.invalid('request-timeout-seconds', `"${value}". Use a number of seconds from ${TIMEOUT_MIN_SECONDS} to ${TIMEOUT_LIMIT_SECONDS}.`);
    }
    return n;
}
/**
 * Returns `value` when it holds no control character. A line break in a value that is
 * printed or sent would let it forge log lines or workflow commands. The value itself is
 * never repeated: it may be a secret.
 */
function printable(label, name, value) {
    const chars = [...value];
    const at = chars.findIndex(c => unsafe/* UNSAFE_CHAR */.K0.test(c));
    if (at < 0)
        return value;
    throw new errors/* InputError */.dz(name, `${label} is invalid: it holds ${(0,unsafe/* describeUnsafe */.gY)(chars[at])} at character ${at + 1}. Remove it; use one line of printable text.`);
}

;// CONCATENATED MODULE: ./src/report/secrets.ts
/**
 * Every secret the run has read or obtained. Each is announced to the runner (which then
 * masks it in the log) the moment it is added, and `redact` removes it, in the encodings a
 * server or library might echo it in, from text we print ourselves.
 */
class SecretRegistry {
    announce;
    forms = new Set();
    announced = new Set();
    constructor(announce) {
        this.announce = announce;
    }
    add = (secret) => {
        if (!secret || this.announced.has(secret))
            return;
        this.announced.add(secret);
        this.announce(secret);
        this.remember(secret);
        // The runner masks line by line: a multi-line secret (a key file) is masked per line too.
        const lines = secret.split(/\r?\n|\r/).map(l => l.trim());
        if (lines.length > 1) {
            for (const line of lines) {
                if (line.length >= MIN_LINE) {
                    this.announce(line);
                    this.remember(line);
                }
            }
        }
    };
    redact(text) {
        let out = text;
        // Longest first, so a secret that contains another is removed whole.
        for (const form of [...this.forms].sort((a, b) => b.length - a.length)) {
            out = out.split(form).join('***');
        }
        return out;
    }
    remember(secret) {
        for (const form of encodings(secret))
            if (form.length >= MIN_FORM)
                this.forms.add(form);
    }
}
/** Shorter lines of a multi-line secret (`-----`, `}`) would mask harmless text everywhere. */
const MIN_LINE = 6;
const MIN_FORM = 4;
/** Every form a secret can take in a URL, a JSON text, or both nested, and in base64. */
function encodings(secret) {
    const base64 = Buffer.from(secret).toString('base64');
    const json = jsonForms(secret);
    const forms = new Set([
        secret,
        ...json,
        ...[secret, ...json].flatMap(urlForms),
        base64,
        base64.replace(/=+$/, ''),
        Buffer.from(secret).toString('base64url')
    ]);
    return [...forms];
}
/** As JSON.stringify writes it, and with \uXXXX escapes as other encoders write them. */
function jsonForms(s) {
    const plain = JSON.stringify(s).slice(1, -1);
    // Non-ASCII (Python's ensure_ascii, Java) and also the HTML-sensitive characters (Go).
    const nonAscii = plain.replace(/[^\x20-\x7e]/g, c => `\\u${hex4(c)}`);
    const html = nonAscii.replace(/[<>&']/g, c => `\\u${hex4(c)}`);
    const upper = (t) => t.replace(/\\u([0-9a-f]{4})/g, (_m, h) => `\\u${h.toUpperCase()}`);
    return [plain, nonAscii, html, upper(nonAscii), upper(html)];
}
function hex4(c) {
    return c.charCodeAt(0).toString(16).padStart(4, '0');
}
/**
 * encodeURIComponent; RFC 3986 (also `! ' ( ) *` escaped, as url.format writes `'` as %27);
 * form encoding (`+` for a space); each with lower-case hex too.
 */
function urlForms(s) {
    const uri = encodeURIComponent(s);
    const rfc3986 = uri.replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    const out = [];
    for (const form of [uri, rfc3986]) {
        for (const f of [form, form.replace(/%20/g, '+')]) {
            out.push(f, f.replace(/%[0-9A-F]{2}/g, m => m.toLowerCase()));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/log.ts
var log = __nccwpck_require__(6472);
// EXTERNAL MODULE: ./src/failures/explain.ts
var explain = __nccwpck_require__(4552);
;// CONCATENATED MODULE: ./src/failures/docs-link.ts
/** Where the action is published: docs links fall back to it when the runner does not say. */
const HOME_REPOSITORY = 'OWNER/ehpc-add-image';
/**
 * A link to a section of docs/TROUBLESHOOTING.md, in the version of the action that runs:
 * the runner names the action's repository and ref (GITHUB_ACTION_REPOSITORY,
 * GITHUB_ACTION_REF) for an action used from a repository; otherwise the published home.
 */
function troubleshootingUrl(anchor, env) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_ACTION_REPOSITORY || HOME_REPOSITORY;
    const ref = (env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF) || 'main';
    return `${server}/${repository}/blob/${ref}/docs/TROUBLESHOOTING.md#${anchor}`;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __nccwpck_require__(7994);
// EXTERNAL MODULE: ./src/report/job-summary.ts
var job_summary = __nccwpck_require__(5236);
// EXTERNAL MODULE: ./src/report/outputs.ts + 1 modules
var outputs = __nccwpck_require__(5253);
;// CONCATENATED MODULE: ./src/report/failure.ts









/**
 * Ends the run with one annotation (titled, linking its troubleshooting section) and one job
 * summary that says what failed and what was or was not registered (with the image's id when
 * the failure came after registering). Every text is redacted: a server message may echo a
 * value we sent (e.g. the registry credential).
 */
async function reportFailure(err, config, secrets, registered) {
    const docsUrl = troubleshootingUrl((0,explain/* troubleshootingAnchor */.EB)(err), process.env);
    const message = secrets.redact((0,explain/* failureMessage */.oh)(err));
    // The title holds the server's code, which may echo what was sent too.
    const title = secrets.redact((0,explain/* failureTitle */.nV)(err));
    const code = (0,explain/* failureCode */.AD)(err);
    // Before registering, nothing has written them: an `if: failure()` step still gets them.
    if (config && !registered)
        (0,outputs/* setImageOutputsOnFailure */.pl)(config);
    log/* log */.Rm.error(`${message} Troubleshooting: ${docsUrl}`, { title });
    process.exitCode = core/* ExitCode */.yU.Failure;
    await (0,job_summary/* writeJobSummary */.j)(config?.jobSummary ?? summaryWanted(), (0,summary/* failureSummary */.jg)(config, registered, {
        title,
        code: code && secrets.redact(code),
        message: secrets.redact((0,explain/* isApiFailure */.TG)(err) ? (0,explain/* whatHappened */.ez)(err) : message),
        fix: (0,explain/* isApiFailure */.TG)(err) ? secrets.redact((0,explain/* fixFor */.jc)(err)) : undefined,
        requestId: (0,explain/* isApiFailure */.TG)(err)
            ? (0,explain/* failedCall */.mG)(err).requestId
            : err instanceof errors/* ActionError */.lZ
                ? err.requestId
                : undefined,
        registered: (0,explain/* registeredAfter */.Zk)(err, registered !== undefined),
        docsUrl
    }));
}
/**
 * Whether a summary is wanted when the inputs failed to read: job-summary as readConfig
 * reads it, or its default (true) when it is the input that is wrong.
 */
function summaryWanted() {
    try {
        return readBoolean('job-summary', core/* getInput */.V4('job-summary').trim(), true);
    }
    catch {
        return true;
    }
}

;// CONCATENATED MODULE: ./src/main.ts






/** The run: inputs \u2192 config \u2192 credentials and client \u2192 register \u2192 outputs, release, summary. */
async function run() {
    const secrets = new SecretRegistry(core/* setSecret */.Pq);
    const env = process.env;
    let config;
    // Set once the image is registered: a later failure's summary says so.
    let registered;
    try {
        const cfg = readConfig(name => core/* getInput */.V4(name), env, readRunContext(env), secrets.add);
        config = cfg;
        // Only now: an input error never loads the client, the lookup or the image check.
        const steps = await __nccwpck_require__.e(/* import() */ 927).then(__nccwpck_require__.bind(__nccwpck_require__, 3927));
        const { apiEndpoints, configWarnings, connectEhpc, ECS_VERSION, imageGate, registerImage, requestTimeLeft, retryLine, runRetryPolicy, setOutputsAfterRegistering, startImageCheck, stepBudget, successSummary, writeJobSummary } = steps;
        for (const w of configWarnings(cfg))
            log/* log */.Rm.warning(w.message, { title: w.title });
        if (cfg.dryRun) {
            await dryRun(cfg, secrets, steps);
            return;
        }
        const budget = stepBudget(apiEndpoints(cfg), env);
        // At info level: a slow or failing endpoint must not look like a hang.
        const policy = runRetryPolicy(cfg.maxAttempts, apiEndpoints(cfg), env, budget, info => log/* log */.Rm.info(retryLine(info)));
        const connecting = connectEhpc(cfg, policy, env, secrets.add, budget);
        // Side by side with the credentials and the lookup; awaited before any write.
        const gate = imageGate(startImageCheck(cfg, {
            policy,
            env,
            timeoutMs: () => requestTimeLeft(budget, cfg.requestTimeoutMs),
            mask: secrets.add,
            debug: log/* log */.Rm.debug,
            ecsCaller: async () => (await connecting).signedCaller('ecs', ECS_VERSION, cfg.ecsEndpoint),
            log: log/* log */.Rm.info
        }), cfg.verifyImage, { log: log/* log */.Rm.info, warn: log/* log */.Rm.warning });
        const { client, warmUp } = await connecting;
        const result = await registerImage(cfg.image, cfg.ifExists, {
            client,
            warmUp,
            policy,
            log: log/* log */.Rm.info,
            warn: log/* log */.Rm.warning,
            debug: log/* log */.Rm.debug,
            beforeWrite: gate.beforeWrite
        });
        registered = result;
        const check = await gate.outcome();
        setOutputsAfterRegistering(cfg, result, check);
        if (cfg.release) {
            const { annotateRelease, recordOf } = await __nccwpck_require__.e(/* import() */ 375).then(__nccwpck_require__.bind(__nccwpck_require__, 7375));
            await annotateRelease(cfg.release, recordOf(cfg, result), {
                policy,
                budget,
                timeoutMs: cfg.requestTimeoutMs,
                log: log/* log */.Rm.info,
                debug: log/* log */.Rm.debug,
                notice: log/* log */.Rm.notice
            });
        }
        await writeJobSummary(cfg.jobSummary, successSummary(cfg, result, check));
    }
    catch (err) {
        await reportFailure(err, config, secrets, registered);
    }
}
async function dryRun(config, secrets, steps) {
    const { dryRunSummary, imageGate, plannedProxyRoutes, redactedAddImageQuery, setOutputs, writeJobSummary } = steps;
    const { image } = config;
    // What the real run refuses before sending, the dry run refuses too.
    for (const route of await plannedProxyRoutes(config, process.env))
        log/* log */.Rm.info(`Dry run: the run would connect to ${route}.`);
    const request = secrets.redact(JSON.stringify(redactedAddImageQuery(image), null, 2));
    log/* log */.Rm.info(`Dry run: nothing is sent. The run would look up ${image.name} ${image.version} (${image.type}) with ListImages at ${config.endpoint.host}, then, per if-exists: ${config.ifExists}, send AddImage with:`);
    for (const line of request.split('\n'))
        log/* log */.Rm.info(line);
    if (config.release) {
        const plan = (await __nccwpck_require__.e(/* import() */ 375).then(__nccwpck_require__.bind(__nccwpck_require__, 7375))).describeDryRun(config.release, config);
        for (const line of plan.split('\n'))
            log/* log */.Rm.info(line);
    }
    // Read-only, so a dry run checks the image too; what it finds stops it as it would the run.
    const gate = imageGate(dryRunCheck(config, secrets, steps), config.verifyImage, {
        log: line => log/* log */.Rm.info(`Dry run: ${line}`),
        warn: log/* log */.Rm.warning
    });
    await gate.beforeWrite();
    const check = await gate.outcome();
    setOutputs(config, undefined, check);
    await writeJobSummary(config.jobSummary, dryRunSummary(config, request, check));
}
/** The dry run's check: ECS is asked only with an AccessKey at hand (a dry run fetches no credentials). */
function dryRunCheck(config, secrets, steps) {
    const { apiEndpoints, ECS_VERSION, keySecretFrom, requestTimeLeft, retryLine, runRetryPolicy, startImageCheck, stepBudget } = steps;
    const budget = stepBudget(apiEndpoints(config), process.env);
    const policy = runRetryPolicy(config.maxAttempts, apiEndpoints(config), process.env, budget, info => log/* log */.Rm.info(retryLine(info)));
    const keys = config.auth?.kind === 'keys' ? config.auth : undefined;
    return startImageCheck(config, {
        policy,
        env: process.env,
        timeoutMs: () => requestTimeLeft(budget, config.requestTimeoutMs),
        mask: secrets.add,
        debug: log/* log */.Rm.debug,
        ecsCaller: keys
            ? async () => {
                const { createRpcCaller } = await Promise.all(/* import() */[__nccwpck_require__.e(746), __nccwpck_require__.e(500), __nccwpck_require__.e(146)]).then(__nccwpck_require__.bind(__nccwpck_require__, 136));
                return createRpcCaller({
                    service: 'ecs',
                    version: ECS_VERSION,
                    endpoint: config.ecsEndpoint,
                    credentials: keys,
                    identity: `the AccessKey ${keys.accessKeyId}`,
                    secretSource: keySecretFrom(keys),
                    timeoutMs: config.requestTimeoutMs,
                    budget
                });
            }
            : undefined,
        log: line => log/* log */.Rm.info(`Dry run: ${line}`)
    });
}


/***/ }),

/***/ 5236:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: function() { return /* binding */ writeJobSummary; }
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3838);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7994);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6472);




/**
 * Writes `summary` as the step's job summary, when it is wanted and the runner gives a file
 * for it. A summary that cannot be written is a warning: it never fails the run.
 */
async function writeJobSummary(wanted, summary) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!wanted || !file)
        return;
    try {
        // addHeading writes its text as HTML as it is.
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addHeading((0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(summary.heading), 3).addTable([
            [
                { data: 'Field', header: true },
                { data: 'Value', header: true }
            ],
            ...summary.rows
        ]);
        if (summary.details)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addDetails(summary.details.label, summary.details.html);
        // core renders it; it is appended as core appends outputs, synchronously, with the
        // check core's write() makes (a file the runner did not make is not created). write()
        // goes through fs/promises on libuv's thread pool, which a run that needed no pool
        // before (endpoints given as addresses, as in the benchmark) starts for it: about 2 ms.
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.stringify(), 'utf8');
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.emptyBuffer();
    }
    catch (err) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .log */ .Rm.warning(`Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
    }
}


/***/ }),

/***/ 6472:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rm: function() { return /* binding */ log; }
/* harmony export */ });
/* unused harmony exports safeLine, safeMessage */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3838);
/* harmony import */ var _text_unsafe_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9909);


/**
 * Everything the action prints goes through here. The runner reads workflow commands from
 * any line of stdout that starts with `::` (after spaces), and splits lines on CR as well as
 * LF, so text that holds a value from outside (an input, a server answer) could otherwise
 * start a command line of its own (`::stop-commands::`, `::warning::`).
 */
function escapeControl(c) {
    if (c === '\n')
        return '\\n';
    if (c === '\r')
        return '\\r';
    if (c === '\t')
        return ' ';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** Line breaks, control and bidi characters (src/text/unsafe.ts), as visible escapes (`\n`, `\u2028`). */
/** One line of log text that can neither break into a new line nor start a command. */
function safeLine(text) {
    const flat = text.replace(_text_unsafe_js__WEBPACK_IMPORTED_MODULE_1__/* .UNSAFE_CHARS */ .LN, escapeControl);
    // A leading `::` (or the old `##[` form anywhere) would be read as a command.
    return flat.replace(/^(\s*):/, '$1 :').replace(/##\[/g, '# #[');
}
/**
 * Text for a command's data (`::error::`, `::warning::`): @actions/core escapes CR and LF
 * there, so line breaks the action wrote itself stay, and other control characters go.
 */
function safeMessage(text) {
    return text.replace(/\r\n?/g, '\n').replace(_text_unsafe_js__WEBPACK_IMPORTED_MODULE_1__/* .UNSAFE_CHARS_BUT_LF */ .eY, escapeControl);
}
/** An annotation's properties with a title that stays on one line, whatever server text it holds. */
function safeProperties(properties) {
    return properties?.title === undefined
        ? properties
        : { ...properties, title: safeLine(properties.title) };
}
const log = {
    info: (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(safeLine(text)),
    debug: (text) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(safeMessage(text)),
    warning: (text, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(safeMessage(text), safeProperties(properties)),
    notice: (text, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(safeMessage(text), safeProperties(properties)),
    error: (text, properties) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(safeMessage(text), safeProperties(properties))
};


/***/ }),

/***/ 5253:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pl: function() { return /* binding */ setImageOutputsOnFailure; },
  n0: function() { return /* binding */ setOutputs; },
  kO: function() { return /* binding */ setOutputsAfterRegistering; }
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(3838);
// EXTERNAL MODULE: ./src/failures/errors.ts
var errors = __nccwpck_require__(8380);
// EXTERNAL MODULE: ./src/report/log.ts
var log = __nccwpck_require__(6472);
;// CONCATENATED MODULE: ./src/report/output-values.ts
/**
 * The shape a RequestId has: Alibaba Cloud's are UUIDs (`0FC4A1C7-421C-5EAB-9361-\u2026`); the
 * pattern allows the letters, digits and separators any request id is made of, and nothing
 * a shell or an expression could act on (`$(\u2026)`, backticks, quotes, spaces).
 */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/**
 * The request-id output, or undefined with a warning when the server's value does not have
 * the shape of one: a later step may paste outputs into a shell.
 */
function requestIdOutput(requestId, warn) {
    if (requestId === undefined || REQUEST_ID.test(requestId))
        return requestId;
    warn(`The RequestId the server answered (${JSON.stringify(requestId.slice(0, 80))}) is not of the shape of one (letters, digits, - . _ :), so the request-id output is left unset.`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/outputs.ts




/** The step outputs: what was registered (nothing yet on a dry run) and under which name. */
function setOutputs(config, result, check) {
    if (result)
        core/* setOutput */.uH('image-id', result.imageId);
    core/* setOutput */.uH('created', result?.created ? 'true' : 'false');
    setImageOutputs(config);
    const requestId = requestIdOutput(result?.requestId, log/* log */.Rm.warning);
    if (requestId)
        core/* setOutput */.uH('request-id', requestId);
    core/* setOutput */.uH('replaced-image-id', result?.replacedImageId ?? '');
    core/* setOutput */.uH('image-digest', check?.kind === 'confirmed' ? (check.digest ?? '') : '');
    core/* setOutput */.uH('app-id', result?.appId ?? '');
    core/* setOutput */.uH('image-status', result?.status ?? '');
}
/** What the run was for, known once the inputs are read, whatever happened after. */
function setImageOutputs(config) {
    core/* setOutput */.uH('image-name', config.image.name);
    core/* setOutput */.uH('image-version', config.image.version);
    core/* setOutput */.uH('image-type', config.image.type);
}
/** The failure is reported whether or not GITHUB_OUTPUT can be written. */
function setImageOutputsOnFailure(config) {
    try {
        setImageOutputs(config);
    }
    catch (err) {
        log/* log */.Rm.debug(`Outputs not written: ${err instanceof Error ? err.message : String(err)}`);
    }
}
/** The image is registered by now: a failure to write outputs must say so, and its id. */
function setOutputsAfterRegistering(config, result, check) {
    try {
        setOutputs(config, result, check);
    }
    catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        throw new errors/* ActionError */.lZ(`The image was ${result.created ? 'registered' : 'already registered (reused)'}: ${config.image.name} ${config.image.version} is ${result.imageId}. ` +
            `But the step outputs could not be written (GITHUB_OUTPUT: ${detail}), so later steps do not get image-id. ` +
            'Fix the runner (GITHUB_OUTPUT must name a writable file) and re-run: the re-run finds the image and reuses it (if-exists: reuse).', result.requestId, 'OutputsNotWritten');
    }
}


/***/ }),

/***/ 7994:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZD: function() { return /* binding */ escapeHtml; },
/* harmony export */   iG: function() { return /* binding */ successSummary; },
/* harmony export */   jg: function() { return /* binding */ failureSummary; },
/* harmony export */   p2: function() { return /* binding */ dryRunSummary; }
/* harmony export */ });
/* harmony import */ var _text_unsafe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9909);

/** The E-HPC console; E-HPC Instant is in it, per region (public product documentation). */
const CONSOLE_URL = 'https://ehpc.console.aliyun.com/';
/**
 * Text as HTML that stays on one line of the summary's source: markdown starts again after a
 * blank line, even inside a table, so line breaks (and other control characters) in a server's
 * text are written as character references too.
 */
function escapeHtml(s) {
    return s.replace(/[&<>"']/g, reference).replace(_text_unsafe_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSAFE_CHARS */ .LN, reference);
}
function reference(c) {
    return `&#${c.charCodeAt(0)};`;
}
const link = (href, text) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
function resultLabel(result) {
    if (result.outcome === 'reused')
        return 'Reused: already registered, nothing added';
    if (result.outcome === 'replaced')
        return `Created, replacing ${result.replacedImageId}`;
    return 'Created';
}
/** The rows every summary starts with: what was to be registered, where. */
function imageRows(config) {
    const { image } = config;
    const target = image.type === 'VM'
        ? ['ECS image', image.vmImageId ?? '']
        : ['Registry URL', image.container?.registryUrl ?? ''];
    const rows = [
        ['Name', image.name],
        ['Version', image.version],
        ['Type', image.type],
        target,
        ['Region', config.region],
        ['Endpoint', config.endpoint.host]
    ];
    return rows.map(([k, v]) => [k, escapeHtml(v)]);
}
const consoleRow = (region) => [
    'Console',
    `${link(CONSOLE_URL, 'E-HPC console')} (region ${escapeHtml(region)}, E-HPC Instant)`
];
const what = (config) => `${config.image.name}:${config.image.version}`;
const successHeading = (config, result) => `${result.created ? 'Registered' : 'Reused'} E-HPC Instant image ${what(config)} in ${config.region}`;
/** The registered image's id, and the one it replaced. */
function resultRows(result) {
    return [
        ['Image ID', escapeHtml(result.imageId)],
        ...(result.replacedImageId
            ? [['Replaced image ID', escapeHtml(result.replacedImageId)]]
            : [])
    ];
}
/** What the image check found: where it asked, and the digest it resolved. */
function checkRows(config, check) {
    if (config.verifyImage === 'false')
        return [['Image check', 'Off (verify-image: false)']];
    // A definite answer stops the run before anything is written: no summary of success shows it.
    if (!check || check.kind === 'definite')
        return [];
    const found = check.kind === 'confirmed'
        ? `Verified at ${check.where}${check.status ? `: ${check.status}` : ''}`
        : `Not verified at ${check.where}: ${check.why}`;
    return [
        ['Image check', escapeHtml(found)],
        ...(check.kind === 'confirmed' && check.digest
            ? [['Digest', escapeHtml(check.digest)]]
            : [])
    ];
}
function successSummary(config, result, check) {
    const [imageId, ...replaced] = resultRows(result);
    return {
        heading: successHeading(config, result),
        rows: [
            ...imageRows(config),
            imageId,
            ['Result', escapeHtml(resultLabel(result))],
            ...replaced,
            ['App ID', escapeHtml(result.appId ?? '(unknown)')],
            ['Status', escapeHtml(result.status ?? '(unknown)')],
            ...checkRows(config, check),
            ['Request ID', escapeHtml(result.requestId ?? '')],
            consoleRow(config.region)
        ]
    };
}
/** A dry run's summary: what would be sent, the request itself collapsed below. */
function dryRunSummary(config, request, check) {
    return {
        heading: `E-HPC Instant image ${what(config)} in ${config.region} (dry run)`,
        rows: [
            ...imageRows(config),
            ['Image ID', '(none: dry run)'],
            ['Result', 'Dry run: nothing sent to E-HPC Instant'],
            ...checkRows(config, check),
            consoleRow(config.region)
        ],
        details: {
            label: 'The AddImage request it would send (secrets redacted)',
            html: `<pre><code>${escapeHtml(request)}</code></pre>`
        }
    };
}
/**
 * A failed run's summary; without a config when the inputs themselves were wrong, with the
 * result when the failure came after the image was registered (writing the release).
 */
function failureSummary(config, result, f) {
    // Without a config, the title says what failed: `E-HPC Instant AddImage: Forbidden.RAM`
    // becomes `E-HPC Instant AddImage failed (Forbidden.RAM)`.
    const [subject, detail] = splitTitle(f.title);
    const failed = `failed (${f.code ?? f.title})`;
    const heading = !config
        ? `${subject} failed (${f.code ?? detail})`
        : result
            ? `${successHeading(config, result)}, then ${failed}`
            : `E-HPC Instant image ${what(config)} in ${config.region}: ${failed}`;
    const rows = [
        ...(config ? imageRows(config) : []),
        ...(result ? resultRows(result) : []),
        ['Result', escapeHtml(`Failed: ${f.title}`)],
        ...(f.code ? [['Code', escapeHtml(f.code)]] : []),
        ['What happened', escapeHtml(f.message)],
        ...(f.fix ? [['What to do', escapeHtml(f.fix)]] : []),
        ['Registered', escapeHtml(f.registered)],
        ['Request ID', escapeHtml(f.requestId ?? '(none)')],
        ['Troubleshooting', link(f.docsUrl, f.docsUrl.replace(/^.*\/docs\//, 'docs/'))],
        ...(config ? [consoleRow(config.region)] : [])
    ];
    return { heading, rows };
}
/** `subject: detail` as its two parts; a title without a colon is all detail. */
function splitTitle(title) {
    const colon = title.indexOf(': ');
    return colon < 0 ? ['ehpc-add-image', title] : [title.slice(0, colon), title.slice(colon + 2)];
}


/***/ }),

/***/ 414:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dj: function() { return /* binding */ stripUrls; },
/* harmony export */   r6: function() { return /* binding */ httpHost; },
/* harmony export */   sl: function() { return /* binding */ withoutUserInfo; }
/* harmony export */ });
/** URLs in text the action prints: a URL can hold a signed query, a token or user info. */
/** Removes every URL (scheme://\u2026 or a path with a query) from a text. */
function stripUrls(text) {
    return text
        .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '<url>')
        .replace(/(^|\s)\/\S*\?\S*/g, '$1<url>');
}
/** `host[:port]` of an http(s) URL, which holds no secret (no user, path or query). */
function httpHost(url) {
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : undefined;
    }
    catch {
        return undefined;
    }
}
/** A URL as given, with any user info (`user:password@`) shown as `***@`. */
function withoutUserInfo(url) {
    return url.replace(/^([^/]*\/\/)[^/?#]*@/, '$1***@');
}


/***/ }),

/***/ 808:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: function() { return /* reexport */ BearerCredentialHandler; },
  Q: function() { return /* binding */ HttpClient; }
});

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./src/stand-ins/actions-http-client.ts

let real;
/** The real package, evaluated on first use (a require the bundler keeps in this chunk). */
function load() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    real ??= __nccwpck_require__(4942);
    return real;
}
/** `new HttpClient(...)` gives the real package's client. */
const HttpClient = class {
    constructor(...args) {
        return new (load().HttpClient)(...args);
    }
};


/***/ }),

/***/ 6945:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: function() { return /* binding */ fetch; },
/* harmony export */   k: function() { return /* binding */ ProxyAgent; }
/* harmony export */ });
/**
 * Build-time stand-in for `undici`, swapped in by scripts/build.mjs so the real
 * package (900 KB) stays out of dist/. Two importers, neither of which the action lets use it:
 * - @actions/http-client, for getAgentDispatcher(), a fetch() proxy helper; core.getIDToken
 *   uses node:http.
 * - @actions/github (only loaded with annotate-release: true), for its default Octokit fetch:
 *   when it loads, it builds that fetch and, when a proxy applies, a ProxyAgent for it. The
 *   action gives Octokit its own fetch (src/http/octokit-fetch.ts), so neither is ever used.
 * A ProxyAgent can therefore be made, but using it, or this fetch, fails loudly.
 */
const NOT_BUNDLED = 'undici is not bundled in this action (see src/stand-ins/undici.ts)';
class ProxyAgent {
    dispatch() {
        throw new Error(NOT_BUNDLED);
    }
    request() {
        return Promise.reject(new Error(NOT_BUNDLED));
    }
}
async function fetch() {
    throw new Error(NOT_BUNDLED);
}


/***/ }),

/***/ 9909:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K0: function() { return /* binding */ UNSAFE_CHAR; },
/* harmony export */   LN: function() { return /* binding */ UNSAFE_CHARS; },
/* harmony export */   eY: function() { return /* binding */ UNSAFE_CHARS_BUT_LF; },
/* harmony export */   gY: function() { return /* binding */ describeUnsafe; }
/* harmony export */ });
/**
 * The characters no text of the action may carry into a log line, an annotation, the job
 * summary or the release record, defined once:
 * - control characters (`\p{Cc}`: C0 with CR, LF, VT, FF; DEL; C1 with NEL U+0085), which
 *   the runner's command parser, terminals or Markdown read as line ends or commands;
 * - the Unicode line and paragraph separators U+2028 and U+2029, line ends to JavaScript
 *   and to editors;
 * - the bidirectional embeddings, overrides and isolates U+202A\u2013U+202E and U+2066\u2013U+2069,
 *   which make text display in another order than it is ("Trojan Source", CVE-2021-42574).
 */
// `\p{Cc}` spelled out: U+0000-U+001F and U+007F-U+009F, a set the Unicode Character
// Encoding Stability Policy fixes for good (General_Category Cc is immutable). Without the
// `u` flag: V8 builds no Unicode property tables for it (about 0.3 ms at start-up, on every
// run), and every character of the set is one UTF-16 code unit, so it matches the same.
const CONTROLS_BUT_LF = '\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f';
const SEPARATORS_AND_BIDI = '\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const SOURCE = `${CONTROLS_BUT_LF}\\n${SEPARATORS_AND_BIDI}`;
/** One unsafe character (test a single character, or find the first). */
const UNSAFE_CHAR = new RegExp(`[${SOURCE}]`);
/** Every unsafe character, for `replace`. */
const UNSAFE_CHARS = new RegExp(`[${SOURCE}]`, 'g');
/** Every unsafe character but LF, for text whose own line breaks are encoded downstream. */
const UNSAFE_CHARS_BUT_LF = new RegExp(`[${CONTROLS_BUT_LF}${SEPARATORS_AND_BIDI}]`, 'g');
/** What an unsafe character is, for messages: `a control character (U+000A, a line break)`. */
function describeUnsafe(c) {
    const code = c.codePointAt(0) ?? 0;
    const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
        return `a bidirectional override character (${hex}), which makes text display in another order than it is`;
    const what = code === 10
        ? ', a line break'
        : code === 13
            ? ', a carriage return'
            : code === 0x85 || code === 0x2028 || code === 0x2029
                ? ', a line separator'
                : '';
    return `a control character (${hex}${what})`;
}


/***/ }),

/***/ 2613:
/***/ (function(module) {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 5317:
/***/ (function(module) {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 6982:
/***/ (function(module) {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 4434:
/***/ (function(module) {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ (function(module) {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ (function(module) {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ (function(module) {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ (function(module) {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 6698:
/***/ (function(module) {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 7598:
/***/ (function(module) {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ (function(module) {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 3024:
/***/ (function(module) {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ (function(module) {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 4708:
/***/ (function(module) {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 7030:
/***/ (function(module) {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ (function(module) {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ (function(module) {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 1692:
/***/ (function(module) {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 8522:
/***/ (function(module) {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ (function(module) {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 6928:
/***/ (function(module) {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 3480:
/***/ (function(module) {

"use strict";
module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ (function(module) {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 4756:
/***/ (function(module) {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 7016:
/***/ (function(module) {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 9023:
/***/ (function(module) {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 3106:
/***/ (function(module) {

"use strict";
module.exports = require("zlib");

/***/ }),

/***/ 3838:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yU: function() { return /* binding */ ExitCode; },
  Yz: function() { return /* binding */ core_debug; },
  z3: function() { return /* binding */ error; },
  V4: function() { return /* binding */ getInput; },
  pq: function() { return /* binding */ info; },
  _o: function() { return /* binding */ isDebug; },
  lm: function() { return /* binding */ notice; },
  uH: function() { return /* binding */ setOutput; },
  Pq: function() { return /* binding */ core_setSecret; },
  z: function() { return /* reexport */ summary; },
  $e: function() { return /* binding */ warning; }
});

// UNUSED EXPORTS: addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, platform, saveState, setCommandEcho, setFailed, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./src/stand-ins/actions-http-client.ts + 1 modules
var actions_http_client = __nccwpck_require__(808);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4942:
/***/ (function(__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Headers: function() { return /* binding */ Headers; },
  HttpClient: function() { return /* binding */ HttpClient; },
  HttpClientError: function() { return /* binding */ HttpClientError; },
  HttpClientResponse: function() { return /* binding */ HttpClientResponse; },
  HttpCodes: function() { return /* binding */ HttpCodes; },
  MediaTypes: function() { return /* binding */ MediaTypes; },
  getProxyUrl: function() { return /* binding */ lib_getProxyUrl; },
  isHttps: function() { return /* binding */ isHttps; }
});

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/stand-ins/undici.ts
var undici = __nccwpck_require__(6945);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici/* ProxyAgent */.k(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	!function() {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = function(module) {
/******/ 			var getter = module && module.__esModule ?
/******/ 				function() { return module['default']; } :
/******/ 				function() { return module; };
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	!function() {
/******/ 		var getProto = Object.getPrototypeOf ? function(obj) { return Object.getPrototypeOf(obj); } : function(obj) { return obj.__proto__; };
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach(function(key) { def[key] = function() { return value[key]; }; });
/******/ 			}
/******/ 			def['default'] = function() { return value; };
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	!function() {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = function(exports, definition) {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	!function() {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = function(chunkId) {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce(function(promises, key) {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	!function() {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = function(chunkId) {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	!function() {
/******/ 		__nccwpck_require__.o = function(obj, prop) { return Object.prototype.hasOwnProperty.call(obj, prop); }
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	!function() {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = function(exports) {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	}();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	!function() {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = function(chunk) {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = function(chunkId, promises) {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	}();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// The bundle's entry point, CommonJS on purpose: ncc then emits a CommonJS bundle, which
// Node runs without starting its ES-module loader (measured in docs/PERFORMANCE.md).
// run() reports every failure itself: one titled error annotation and exit code 1.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
(__nccwpck_require__(9131)/* .run */ .e)()

module.exports = __webpack_exports__;
/******/ })()
;