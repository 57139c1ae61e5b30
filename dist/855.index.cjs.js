exports.id = 855;
exports.ids = [855];
exports.modules = {

/***/ 8197:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const default_credential_1 = __importDefault(__webpack_require__(961));
const config_1 = __importDefault(__webpack_require__(4056));
class BearerTokenCredential extends default_credential_1.default {
    constructor(bearerToken) {
        if (!bearerToken) {
            throw new Error('Missing required bearerToken option in config for bearer');
        }
        const conf = new config_1.default({
            type: 'bearer'
        });
        super(conf);
        this.bearerToken = bearerToken;
    }
}
exports["default"] = BearerTokenCredential;
//# sourceMappingURL=bearer_token_credential.js.map

/***/ }),

/***/ 477:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLIProfileCredentialsProvider = exports.ProfileCredentialsProvider = exports.EnvironmentVariableCredentialsProvider = exports.URICredentialsProvider = exports.ECSRAMRoleCredentialsProvider = exports.OIDCRoleArnCredentialsProvider = exports.RAMRoleARNCredentialsProvider = exports.StaticSTSCredentialsProvider = exports.StaticAKCredentialsProvider = exports.DefaultCredentialsProvider = exports.Config = exports.CredentialModel = void 0;
const rsa_key_pair_credential_1 = __importDefault(__webpack_require__(509));
const bearer_token_credential_1 = __importDefault(__webpack_require__(8197));
const config_1 = __importDefault(__webpack_require__(4056));
exports.Config = config_1.default;
const credential_model_1 = __importDefault(__webpack_require__(241));
exports.CredentialModel = credential_model_1.default;
const static_ak_1 = __importDefault(__webpack_require__(174));
exports.StaticAKCredentialsProvider = static_ak_1.default;
const static_sts_1 = __importDefault(__webpack_require__(6416));
exports.StaticSTSCredentialsProvider = static_sts_1.default;
const ram_role_arn_1 = __importDefault(__webpack_require__(5056));
exports.RAMRoleARNCredentialsProvider = ram_role_arn_1.default;
const oidc_role_arn_1 = __importDefault(__webpack_require__(2847));
exports.OIDCRoleArnCredentialsProvider = oidc_role_arn_1.default;
const ecs_ram_role_1 = __importDefault(__webpack_require__(3630));
exports.ECSRAMRoleCredentialsProvider = ecs_ram_role_1.default;
const default_1 = __importDefault(__webpack_require__(4164));
exports.DefaultCredentialsProvider = default_1.default;
const uri_1 = __importDefault(__webpack_require__(6843));
exports.URICredentialsProvider = uri_1.default;
const cli_profile_1 = __importDefault(__webpack_require__(5333));
exports.CLIProfileCredentialsProvider = cli_profile_1.default;
const profile_1 = __importDefault(__webpack_require__(9588));
exports.ProfileCredentialsProvider = profile_1.default;
const env_1 = __importDefault(__webpack_require__(6566));
exports.EnvironmentVariableCredentialsProvider = env_1.default;
class InnerCredentialsClient {
    constructor(type, provider) {
        this.type = type;
        this.provider = provider;
    }
    /**
     * @deprecated use getCredential() instead of
     * @returns the access key id of credentials
     */
    async getAccessKeyId() {
        const credentials = await this.provider.getCredentials();
        return credentials.accessKeyId;
    }
    /**
     * @deprecated use getCredential() instead of
     * @returns the access key secret of credentials
     */
    async getAccessKeySecret() {
        const credentials = await this.provider.getCredentials();
        return credentials.accessKeySecret;
    }
    /**
     * @deprecated use getCredential() instead of
     * @returns the security token of credentials
     */
    async getSecurityToken() {
        const credentials = await this.provider.getCredentials();
        return credentials.securityToken;
    }
    getBearerToken() {
        return;
    }
    getType() {
        return this.type;
    }
    async getCredential() {
        const credentials = await this.provider.getCredentials();
        return new credential_model_1.default({
            accessKeyId: credentials.accessKeyId,
            accessKeySecret: credentials.accessKeySecret,
            securityToken: credentials.securityToken,
            bearerToken: undefined,
            type: this.getType(),
            providerName: credentials.providerName,
        });
    }
}
function isCredentialsProviderClass(t) {
    if (!t) {
        return false;
    }
    return typeof t.getCredentials === 'function' && typeof t.getProviderName === 'function';
}
class Credential {
    constructor(config = null, provider = null) {
        if (isCredentialsProviderClass(provider)) {
            this.load(null, provider);
        }
        else {
            this.load(config, null);
        }
    }
    /**
     * @deprecated Use getCredential() instead of
     */
    getAccessKeyId() {
        return this.credential.getAccessKeyId();
    }
    /**
     * @deprecated Use getCredential() instead of
     */
    getAccessKeySecret() {
        return this.credential.getAccessKeySecret();
    }
    /**
     * @deprecated Use getCredential() instead of
     */
    getSecurityToken() {
        return this.credential.getSecurityToken();
    }
    /**
     * @deprecated Use getCredential() instead of
     */
    getBearerToken() {
        return this.credential.getBearerToken();
    }
    /**
     * @deprecated Use getCredential() instead of
     */
    getType() {
        return this.credential.getType();
    }
    getCredential() {
        return this.credential.getCredential();
    }
    load(config, provider) {
        if (provider) {
            this.credential = new InnerCredentialsClient(provider.getProviderName(), provider);
            return;
        }
        if (!config) {
            this.credential = new InnerCredentialsClient('default', default_1.default.builder().build());
            return;
        }
        if (!config.type) {
            throw new Error('Missing required type option');
        }
        switch (config.type) {
            case 'access_key':
                this.credential = new InnerCredentialsClient('access_key', static_ak_1.default.builder()
                    .withAccessKeyId(config.accessKeyId)
                    .withAccessKeySecret(config.accessKeySecret)
                    .build());
                break;
            case 'sts':
                this.credential = new InnerCredentialsClient('sts', static_sts_1.default.builder()
                    .withAccessKeyId(config.accessKeyId)
                    .withAccessKeySecret(config.accessKeySecret)
                    .withSecurityToken(config.securityToken)
                    .build());
                break;
            case 'ecs_ram_role':
                this.credential = new InnerCredentialsClient('ecs_ram_role', ecs_ram_role_1.default.builder()
                    .withRoleName(config.roleName)
                    .withDisableIMDSv1(config.disableIMDSv1)
                    .withAsyncCredentialUpdateEnabled(config.asyncCredentialUpdateEnabled)
                    .withReadTimeout(config.timeout)
                    .withConnectTimeout(config.connectTimeout)
                    .build());
                break;
            case 'ram_role_arn':
                {
                    let credentialsProvider;
                    if (config.securityToken) {
                        credentialsProvider = static_sts_1.default.builder()
                            .withAccessKeyId(config.accessKeyId)
                            .withAccessKeySecret(config.accessKeySecret)
                            .withSecurityToken(config.securityToken)
                            .build();
                    }
                    else {
                        credentialsProvider = static_ak_1.default.builder()
                            .withAccessKeyId(config.accessKeyId)
                            .withAccessKeySecret(config.accessKeySecret)
                            .build();
                    }
                    this.credential = new InnerCredentialsClient('ram_role_arn', ram_role_arn_1.default.builder()
                        .withCredentialsProvider(credentialsProvider)
                        .withRoleArn(config.roleArn)
                        .withPolicy(config.policy)
                        .withDurationSeconds(config.roleSessionExpiration)
                        .withRoleSessionName(config.roleSessionName)
                        .withReadTimeout(config.timeout)
                        .withConnectTimeout(config.connectTimeout)
                        .withEnableVpc(config.enableVpc)
                        .withStsEndpoint(config.stsEndpoint)
                        .withStsRegionId(config.stsRegionId)
                        .withExternalId(config.externalId)
                        // .withHttpOptions(runtime)
                        .build());
                }
                break;
            case 'oidc_role_arn':
                this.credential = new InnerCredentialsClient('oidc_role_arn', oidc_role_arn_1.default.builder()
                    .withRoleArn(config.roleArn)
                    .withOIDCProviderArn(config.oidcProviderArn)
                    .withOIDCTokenFilePath(config.oidcTokenFilePath)
                    .withRoleSessionName(config.roleSessionName)
                    .withPolicy(config.policy)
                    .withDurationSeconds(config.roleSessionExpiration)
                    .withStsEndpoint(config.stsEndpoint)
                    .withStsRegionId(config.stsRegionId)
                    .withEnableVpc(config.enableVpc)
                    .withReadTimeout(config.timeout)
                    .withConnectTimeout(config.connectTimeout)
                    .build());
                break;
            case 'rsa_key_pair':
                this.credential = new rsa_key_pair_credential_1.default(config.publicKeyId, config.privateKeyFile);
                break;
            case 'bearer':
                this.credential = new bearer_token_credential_1.default(config.bearerToken);
                break;
            case 'credentials_uri':
                this.credential = new InnerCredentialsClient('credentials_uri', uri_1.default.builder()
                    .withCredentialsURI(config.credentialsURI)
                    .withReadTimeout(config.timeout)
                    .withConnectTimeout(config.connectTimeout)
                    .build());
                break;
            default:
                throw new Error('Invalid type option, support: access_key, sts, ecs_ram_role, ram_role_arn, rsa_key_pair, credentials_uri');
        }
    }
}
exports["default"] = Credential;
//# sourceMappingURL=client.js.map

/***/ }),

/***/ 4056:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const $tea = __importStar(__webpack_require__(4671));
class Config extends $tea.Model {
    static names() {
        return {
            accessKeyId: 'accessKeyId',
            accessKeySecret: 'accessKeySecret',
            securityToken: 'securityToken',
            bearerToken: 'bearerToken',
            durationSeconds: 'durationSeconds',
            roleArn: 'roleArn',
            policy: 'policy',
            roleSessionExpiration: 'roleSessionExpiration',
            roleSessionName: 'roleSessionName',
            externalId: 'externalId',
            stsEndpoint: 'stsEndpoint',
            stsRegionId: 'stsRegionId',
            enableVpc: 'enableVpc',
            timeout: 'readTimeout',
            connectTimeout: 'connectTimeout',
            publicKeyId: 'publicKeyId',
            privateKeyFile: 'privateKeyFile',
            roleName: 'roleName',
            enableIMDSv2: 'enableIMDSv2',
            disableIMDSv1: 'disableIMDSv1',
            asyncCredentialUpdateEnabled: 'asyncCredentialUpdateEnabled',
            metadataTokenDuration: 'metadataTokenDuration',
            credentialsURI: 'credentialsURI',
            oidcProviderArn: 'oidcProviderArn',
            oidcTokenFilePath: 'oidcTokenFilePath',
            type: 'type',
        };
    }
    static types() {
        return {
            accessKeyId: 'string',
            accessKeySecret: 'string',
            securityToken: 'string',
            bearerToken: 'string',
            durationSeconds: 'number',
            roleArn: 'string',
            policy: 'string',
            roleSessionExpiration: 'number',
            roleSessionName: 'string',
            externalId: 'string',
            stsEndpoint: 'string',
            stsRegionId: 'string',
            enableVpc: 'string',
            timeout: 'number',
            connectTimeout: 'number',
            publicKeyId: 'string',
            privateKeyFile: 'string',
            roleName: 'string',
            enableIMDSv2: 'boolean',
            disableIMDSv1: 'boolean',
            asyncCredentialUpdateEnabled: 'boolean',
            metadataTokenDuration: 'number',
            credentialsURI: 'string',
            oidcProviderArn: 'string',
            oidcTokenFilePath: 'string',
            type: 'string',
        };
    }
    constructor(config) {
        super(config);
    }
}
exports["default"] = Config;
//# sourceMappingURL=config.js.map

/***/ }),

/***/ 241:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const $tea = __importStar(__webpack_require__(4671));
class CredentialModel extends $tea.Model {
    static names() {
        return {
            accessKeyId: 'accessKeyId',
            accessKeySecret: 'accessKeySecret',
            securityToken: 'securityToken',
            bearerToken: 'bearerToken',
            type: 'type',
            providerName: 'providerName',
        };
    }
    static types() {
        return {
            accessKeyId: 'string',
            accessKeySecret: 'string',
            securityToken: 'string',
            bearerToken: 'string',
            type: 'string',
            providerName: 'string',
        };
    }
    constructor(map) {
        super(map);
    }
}
exports["default"] = CredentialModel;
//# sourceMappingURL=credential_model.js.map

/***/ }),

/***/ 961:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const credential_model_1 = __importDefault(__webpack_require__(241));
class DefaultCredential {
    constructor(config) {
        this.accessKeyId = config.accessKeyId || '';
        this.accessKeySecret = config.accessKeySecret || '';
        this.securityToken = config.securityToken || '';
        this.bearerToken = config.bearerToken || '';
        this.type = config.type || '';
    }
    async getAccessKeyId() {
        return this.accessKeyId;
    }
    async getAccessKeySecret() {
        return this.accessKeySecret;
    }
    async getSecurityToken() {
        return this.securityToken;
    }
    getBearerToken() {
        return this.bearerToken;
    }
    getType() {
        return this.type;
    }
    async getCredential() {
        return new credential_model_1.default({
            accessKeyId: this.accessKeyId,
            accessKeySecret: this.accessKeySecret,
            securityToken: this.securityToken,
            bearerToken: this.bearerToken,
            type: this.type,
        });
    }
}
exports["default"] = DefaultCredential;
//# sourceMappingURL=default_credential.js.map

/***/ }),

/***/ 4164:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const credentials_1 = __importDefault(__webpack_require__(8606));
const cli_profile_1 = __importDefault(__webpack_require__(5333));
const ecs_ram_role_1 = __importDefault(__webpack_require__(3630));
const env_1 = __importDefault(__webpack_require__(6566));
const oidc_role_arn_1 = __importDefault(__webpack_require__(2847));
const uri_1 = __importDefault(__webpack_require__(6843));
const profile_1 = __importDefault(__webpack_require__(9588));
class DefaultCredentialsProvider {
    static builder() {
        return new DefaultCredentialsProviderBuilder();
    }
    constructor(builder) {
        this.providers = [];
        // Add static ak or sts credentials provider from env
        try {
            const envProvider = env_1.default.builder().build();
            this.providers.push(envProvider);
        }
        catch (ex) {
            // ignore
        }
        // oidc check
        try {
            const oidcProvider = oidc_role_arn_1.default.builder().build();
            this.providers.push(oidcProvider);
        }
        catch (ex) {
            // ignore
        }
        // cli credentials provider
        try {
            const cliProfileProvider = cli_profile_1.default.builder().build();
            this.providers.push(cliProfileProvider);
        }
        catch (ex) {
            // ignore
        }
        // profile credentials provider
        try {
            const profileProvider = profile_1.default.builder().build();
            this.providers.push(profileProvider);
        }
        catch (ex) {
            // ignore
        }
        // Add IMDS
        try {
            const ecsRamRoleProvider = ecs_ram_role_1.default.builder().withRoleName(process.env.ALIBABA_CLOUD_ECS_METADATA).build();
            this.providers.push(ecsRamRoleProvider);
        }
        catch (ex) {
            // ignore
        }
        // credentials uri
        try {
            const uriProvider = uri_1.default.builder().withCredentialsURI(process.env.ALIBABA_CLOUD_CREDENTIALS_URI).build();
            this.providers.push(uriProvider);
        }
        catch (ex) {
            // ignore
        }
    }
    async getCredentials() {
        if (this.lastUsedProvider) {
            const inner = await this.lastUsedProvider.getCredentials();
            return credentials_1.default.builder()
                .withAccessKeyId(inner.accessKeyId)
                .withAccessKeySecret(inner.accessKeySecret)
                .withSecurityToken(inner.securityToken)
                .withProviderName(`${this.getProviderName()}/${this.lastUsedProvider.getProviderName()}`)
                .build();
        }
        const errors = [];
        for (const provider of this.providers) {
            this.lastUsedProvider = provider;
            let inner;
            try {
                inner = await provider.getCredentials();
            }
            catch (ex) {
                errors.push(ex);
                continue;
            }
            if (inner) {
                return credentials_1.default.builder()
                    .withAccessKeyId(inner.accessKeyId)
                    .withAccessKeySecret(inner.accessKeySecret)
                    .withSecurityToken(inner.securityToken)
                    .withProviderName(`${this.getProviderName()}/${this.lastUsedProvider.getProviderName()}`)
                    .build();
            }
        }
        throw new Error(`unable to get credentials from any of the providers in the chain: ${errors.map((e) => {
            return e.message;
        }).join(', ')}`);
    }
    getProviderName() {
        return 'default';
    }
}
exports["default"] = DefaultCredentialsProvider;
class DefaultCredentialsProviderBuilder {
    build() {
        return new DefaultCredentialsProvider(this);
    }
}
//# sourceMappingURL=default.js.map

/***/ }),

/***/ 6566:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const credentials_1 = __importDefault(__webpack_require__(8606));
class EnvironmentVariableCredentialsProvider {
    static builder() {
        return new EnvironmentVariableCredentialsProviderBuilder();
    }
    async getCredentials() {
        const accessKeyId = process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
        if (!accessKeyId) {
            throw new Error('unable to get credentials from enviroment variables, Access key ID must be specified via environment variable (ALIBABA_CLOUD_ACCESS_KEY_ID)');
        }
        const accessKeySecret = process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
        if (!accessKeySecret) {
            throw new Error('unable to get credentials from enviroment variables, Access key secret must be specified via environment variable (ALIBABA_CLOUD_ACCESS_KEY_SECRET)');
        }
        const securityToken = process.env.ALIBABA_CLOUD_SECURITY_TOKEN;
        return credentials_1.default.builder()
            .withAccessKeyId(accessKeyId)
            .withAccessKeySecret(accessKeySecret)
            .withSecurityToken(securityToken)
            .withProviderName(this.getProviderName())
            .build();
    }
    getProviderName() {
        return 'env';
    }
    constructor(builder) {
    }
}
exports["default"] = EnvironmentVariableCredentialsProvider;
class EnvironmentVariableCredentialsProviderBuilder {
    build() {
        return new EnvironmentVariableCredentialsProvider(this);
    }
}
//# sourceMappingURL=env.js.map

/***/ }),

/***/ 9588:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const path_1 = __importDefault(__webpack_require__(6928));
const os_1 = __importDefault(__webpack_require__(857));
const credentials_1 = __importDefault(__webpack_require__(8606));
const utils_1 = __webpack_require__(1712);
const static_ak_1 = __importDefault(__webpack_require__(174));
const ecs_ram_role_1 = __importDefault(__webpack_require__(3630));
const ram_role_arn_1 = __importDefault(__webpack_require__(5056));
class ProfileCredentialsProvider {
    async getCredentials() {
        if (!this.innerProvider) {
            let sharedCfgPath = process.env.ALIBABA_CLOUD_CREDENTIALS_FILE;
            if (!sharedCfgPath) {
                if (!this.homedir) {
                    throw new Error('cannot found home dir');
                }
                sharedCfgPath = path_1.default.join(this.homedir, '.alibabacloud/credentials');
            }
            const ini = await (0, utils_1.loadIni)(sharedCfgPath);
            this.innerProvider = this.getCredentialsProvider(ini);
        }
        const credentials = await this.innerProvider.getCredentials();
        return credentials_1.default.builder()
            .withAccessKeyId(credentials.accessKeyId)
            .withAccessKeySecret(credentials.accessKeySecret)
            .withSecurityToken(credentials.securityToken)
            .withProviderName(`${this.getProviderName()}/${this.innerProvider.getProviderName()}`)
            .build();
    }
    getCredentialsProvider(ini) {
        const config = ini[this.profileName] || {};
        if (!config.type) {
            throw new Error(`Can not find credential type for "${this.profileName}"`);
        }
        switch (config.type) {
            case 'access_key':
                return static_ak_1.default.builder()
                    .withAccessKeyId(config.access_key_id)
                    .withAccessKeySecret(config.access_key_secret)
                    .build();
            case 'ecs_ram_role':
                return ecs_ram_role_1.default.builder()
                    .withRoleName(config.role_name)
                    .build();
            case 'ram_role_arn':
                {
                    const previous = static_ak_1.default.builder()
                        .withAccessKeyId(config.access_key_id)
                        .withAccessKeySecret(config.access_key_secret)
                        .build();
                    return ram_role_arn_1.default.builder()
                        .withCredentialsProvider(previous)
                        .withRoleArn(config.role_arn)
                        .withRoleSessionName(config.role_session_name)
                        .withPolicy(config.policy)
                        // .withStsEndpoint(config.stsEndpoint)
                        // .withStsRegionId(config.stsRegionId)
                        // .withEnableVpc(config.enableVpc)
                        // .withExternalId(config.enableVpc)
                        .build();
                }
            default:
                throw new Error('Invalid type option, support: access_key, ecs_ram_role, ram_role_arn');
        }
    }
    getProviderName() {
        return 'profile';
    }
    static builder() {
        return new ProfileCredentialsProviderBuilder();
    }
    constructor(builder) {
        // used for mock
        this.homedir = os_1.default.homedir();
        this.profileName = builder.profileName;
    }
}
exports["default"] = ProfileCredentialsProvider;
class ProfileCredentialsProviderBuilder {
    withProfileName(profileName) {
        this.profileName = profileName;
        return this;
    }
    build() {
        // \u4f18\u5148\u7ea7\uff1a
        // 1. \u4f7f\u7528\u663e\u793a\u6307\u5b9a\u7684 profileName
        // 2. \u4f7f\u7528\u73af\u5883\u53d8\u91cf\uff08ALIBABA_CLOUD_PROFILE\uff09\u6307\u5b9a\u7684 profileName
        // 3. \u515c\u5e95\u4f7f\u7528 default \u4f5c\u4e3a profileName
        if (!this.profileName) {
            this.profileName = process.env.ALIBABA_CLOUD_PROFILE || 'default';
        }
        return new ProfileCredentialsProvider(this);
    }
}
//# sourceMappingURL=profile.js.map

/***/ }),

/***/ 6843:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.URICredentialsProviderBuilder = void 0;
const session_1 = __webpack_require__(321);
const http_1 = __webpack_require__(1629);
/**
 * @internal
 */
class URICredentialsProvider extends session_1.SessionCredentialProvider {
    static builder() {
        return new URICredentialsProviderBuilder();
    }
    constructor(builder) {
        super(session_1.STALE_TIME);
        this.doRequest = http_1.doRequest;
        this.refresher = this.getCredentialsUri;
        this.credentialsURI = builder.credentialsURI;
        this.readTimeout = builder.readTimeout;
        this.connectTimeout = builder.connectTimeout;
    }
    getProviderName() {
        return 'credential_uri';
    }
    async getCredentialsUri() {
        const builder = http_1.Request.builder()
            .withMethod('GET')
            .withURL(this.credentialsURI)
            .withReadTimeout(this.readTimeout || 10000)
            .withConnectTimeout(this.connectTimeout || 5000);
        const request = builder.build();
        const response = await this.doRequest(request);
        if (response.statusCode !== 200) {
            throw new Error(`get sts token failed, httpStatus: ${response.statusCode}, message = ${response.body.toString('utf8')}.`);
        }
        let data;
        try {
            data = JSON.parse(response.body.toString('utf8'));
        }
        catch (ex) {
            throw new Error(`get sts token failed, json parse failed: ${ex.message}, result: ${response.body.toString('utf8')}.`);
        }
        if (!data || !data.AccessKeyId || !data.AccessKeySecret || !data.SecurityToken) {
            throw new Error(`error retrieving credentials from credentialsURI result: ${JSON.stringify(data)}.`);
        }
        return new session_1.Session(data.AccessKeyId, data.AccessKeySecret, data.SecurityToken, data.Expiration);
    }
}
exports["default"] = URICredentialsProvider;
/**
 * @internal
 */
class URICredentialsProviderBuilder {
    withCredentialsURI(credentialsURI) {
        this.credentialsURI = credentialsURI;
        return this;
    }
    withReadTimeout(readTimeout) {
        this.readTimeout = readTimeout;
        return this;
    }
    withConnectTimeout(connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }
    build() {
        if (!this.credentialsURI) {
            this.credentialsURI = process.env.ALIBABA_CLOUD_CREDENTIALS_URI;
        }
        return new URICredentialsProvider(this);
    }
}
exports.URICredentialsProviderBuilder = URICredentialsProviderBuilder;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 509:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const fs_1 = __importDefault(__webpack_require__(9896));
const session_credential_1 = __importDefault(__webpack_require__(7286));
const utils = __importStar(__webpack_require__(1712));
const http_1 = __webpack_require__(8065);
const config_1 = __importDefault(__webpack_require__(4056));
const SECURITY_CRED_URL = 'http://100.100.100.200/latest/meta-data/ram/security-credentials/';
class RsaKeyPairCredential extends session_credential_1.default {
    constructor(publicKeyId, privateKeyFile) {
        if (!publicKeyId) {
            throw new Error('Missing required publicKeyId option in config for rsa_key_pair');
        }
        if (!privateKeyFile) {
            throw new Error('Missing required privateKeyFile option in config for rsa_key_pair');
        }
        if (!fs_1.default.existsSync(privateKeyFile)) {
            throw new Error(`privateKeyFile ${privateKeyFile} cannot be empty`);
        }
        const conf = new config_1.default({
            type: 'rsa_key_pair'
        });
        super(conf);
        this.privateKey = utils.parseFile(privateKeyFile);
        this.publicKeyId = publicKeyId;
    }
    async updateCredential() {
        const url = SECURITY_CRED_URL + this.roleName;
        const json = await (0, http_1.request)(url, {
            accessKeyId: this.publicKeyId,
            action: 'GenerateSessionAccessKey',
            durationSeconds: 3600,
            signatureMethod: 'SHA256withRSA',
            signatureType: 'PRIVATEKEY',
        }, {}, this.privateKey);
        this.sessionCredential = json.Credentials;
    }
}
exports["default"] = RsaKeyPairCredential;
//# sourceMappingURL=rsa_key_pair_credential.js.map

/***/ }),

/***/ 7286:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
const default_credential_1 = __importDefault(__webpack_require__(961));
const utils = __importStar(__webpack_require__(1712));
const config_1 = __importDefault(__webpack_require__(4056));
const credential_model_1 = __importDefault(__webpack_require__(241));
class SessionCredential extends default_credential_1.default {
    constructor(config) {
        const conf = new config_1.default({
            type: config.type,
            accessKeyId: config.accessKeyId,
            accessKeySecret: config.accessKeySecret,
            securityToken: config.securityToken
        });
        super(conf);
        this.sessionCredential = null;
        this.durationSeconds = config.durationSeconds || 3600;
    }
    async updateCredential() {
        throw new Error('need implemented in sub-class');
    }
    async ensureCredential() {
        const needUpdate = this.needUpdateCredential();
        if (needUpdate) {
            await this.updateCredential();
        }
    }
    async getAccessKeyId() {
        await this.ensureCredential();
        return this.sessionCredential.AccessKeyId;
    }
    async getAccessKeySecret() {
        await this.ensureCredential();
        return this.sessionCredential.AccessKeySecret;
    }
    async getSecurityToken() {
        await this.ensureCredential();
        return this.sessionCredential.SecurityToken;
    }
    needUpdateCredential() {
        if (!this.sessionCredential || !this.sessionCredential.Expiration || !this.sessionCredential.AccessKeyId || !this.sessionCredential.AccessKeySecret || !this.sessionCredential.SecurityToken) {
            return true;
        }
        const expireTime = utils.timestamp(new Date(), this.durationSeconds * 0.05 * 1000);
        if (this.sessionCredential.Expiration < expireTime) {
            return true;
        }
        return false;
    }
    async getCredential() {
        await this.ensureCredential();
        return new credential_model_1.default({
            accessKeyId: this.sessionCredential.AccessKeyId,
            accessKeySecret: this.sessionCredential.AccessKeySecret,
            securityToken: this.sessionCredential.SecurityToken,
            bearerToken: this.bearerToken,
            type: this.type,
        });
    }
}
exports["default"] = SessionCredential;
//# sourceMappingURL=session_credential.js.map

/***/ }),

/***/ 2773:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_CLIENT = exports.DEFAULT_UA = void 0;
const os = __importStar(__webpack_require__(857));
const package_json_1 = __importDefault(__webpack_require__(8395));
exports.DEFAULT_UA = `AlibabaCloud (${os.platform()}; ${os.arch()}) ` +
    `Node.js/${process.version} Core/${package_json_1.default.version}`;
exports.DEFAULT_CLIENT = `Node.js(${process.version}), ${package_json_1.default.name}: ${package_json_1.default.version}`;
//# sourceMappingURL=helper.js.map

/***/ }),

/***/ 8065:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {

"use strict";

var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.request = void 0;
const httpx_1 = __importDefault(__webpack_require__(6584));
const kitx = __importStar(__webpack_require__(4108));
const helper = __importStar(__webpack_require__(2773));
const utils = __importStar(__webpack_require__(1712));
const STATUS_CODE = new Set([200, '200', 'OK', 'Success']);
function firstLetterUpper(str) {
    return str.slice(0, 1).toUpperCase() + str.slice(1);
}
function formatParams(params) {
    const keys = Object.keys(params);
    const newParams = {};
    for (const key of keys) {
        newParams[firstLetterUpper(key)] = params[key];
    }
    return newParams;
}
function encode(str) {
    const result = encodeURIComponent(str);
    return result.replace(/!/g, '%21')
        .replace(/'/g, '%27')
        .replace(/\(/g, '%28')
        .replace(/\)/g, '%29')
        .replace(/\*/g, '%2A');
}
function replaceRepeatList(target, key, repeat) {
    for (let i = 0; i < repeat.length; i++) {
        const item = repeat[i];
        if (item && typeof item === 'object') {
            const keys = Object.keys(item);
            for (const itemKey of keys) {
                target[`${key}.${i + 1}.${itemKey}`] = item[itemKey];
            }
        }
        else {
            target[`${key}.${i + 1}`] = item;
        }
    }
}
function flatParams(params) {
    const target = {};
    const keys = Object.keys(params);
    for (const key of keys) {
        const value = params[key];
        if (Array.isArray(value)) {
            replaceRepeatList(target, key, value);
        }
        else {
            target[key] = value;
        }
    }
    return target;
}
function normalize(params) {
    const list = [];
    const flated = flatParams(params);
    const keys = Object.keys(flated).sort();
    for (const key of keys) {
        const value = flated[key];
        list.push([encode(key), encode(value)]); // push []
    }
    return list;
}
function canonicalize(normalized) {
    const fields = [];
    for (const [key, value] of normalized) {
        fields.push(key + '=' + value);
    }
    return fields.join('&');
}
function _buildParams() {
    const defaultParams = {
        Format: 'JSON',
        SignatureMethod: 'HMAC-SHA1',
        SignatureNonce: kitx.makeNonce(),
        SignatureVersion: '1.0',
        Timestamp: utils.timestamp(),
        Version: '2015-04-01',
        RegionId: 'cn-hangzhou'
    };
    return defaultParams;
}
async function request(host, params = {}, opts = {}, accessKeySecret) {
    // 1. compose params and opts
    let options = Object.assign({ headers: {
            'x-sdk-client': helper.DEFAULT_CLIENT,
            'user-agent': helper.DEFAULT_UA
        } }, opts);
    // format params until formatParams is false
    if (options.formatParams !== false) {
        params = formatParams(params);
    }
    params = Object.assign(Object.assign({}, _buildParams()), params);
    // 2. calculate signature
    const method = (opts.method || 'GET').toUpperCase();
    const normalized = normalize(params);
    if (!options.anonymous) {
        const canonicalized = canonicalize(normalized);
        // 2.1 get string to sign
        const stringToSign = `${method}&${encode('/')}&${encode(canonicalized)}`;
        // 2.2 get signature
        const key = accessKeySecret + '&';
        const signature = kitx.sha1(stringToSign, key, 'base64');
        // add signature
        normalized.push(['Signature', encode(signature)]);
    }
    // 3. generate final url
    const url = opts.method === 'POST' ? `${host}/` : `${host}/?${canonicalize(normalized)}`;
    // 4. send request
    if (opts.method === 'POST') {
        opts.headers = opts.headers || {};
        opts.headers['content-type'] = 'application/x-www-form-urlencoded';
        opts.data = canonicalize(normalized);
    }
    const response = await httpx_1.default.request(url, opts);
    const buffer = await httpx_1.default.read(response, 'utf8');
    const json = JSON.parse(buffer);
    if (json.Code && !STATUS_CODE.has(json.Code)) {
        const err = new Error(`${json.Message}`);
        err.name = json.Code + 'Error';
        err.data = json;
        err.code = json.Code;
        err.url = url;
        throw err;
    }
    return json;
}
exports.request = request;
//# sourceMappingURL=http.js.map

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


/***/ }),

/***/ 8395:
/***/ (function(module) {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('{"name":"@alicloud/credentials","version":"2.4.7","description":"alibaba cloud node.js sdk credentials","main":"dist/src/client.js","scripts":{"prepublishOnly":"tsc","build":"tsc","lint":"eslint --fix ./src --ext .ts","test":"mocha -b -r ts-node/register test/**/*.test.ts test/*.test.ts --timeout 15000","test-dev":"nyc -e .ts -r=html -r=text -r=lcov mocha -b -r ts-node/register","cov":"nyc -e .ts -r=html -r=text -r=lcov npm run test","ci":"npm run cov","integration":"mocha -b -r ts-node/register -R spec integration/*.test.ts","clean":"rm -rf coverage"},"repository":{"type":"git","url":"git+https://github.com/aliyun/nodejs-credentials.git"},"keywords":["alibaba cloud","sdk","credentials"],"author":"Alibaba Cloud SDK","license":"MIT","devDependencies":{"@types/debug":"^4.1.12","@types/expect.js":"^0.3.29","@types/ini":"^1.3.30","@types/mocha":"^10.0.6","@types/node":"^20.11.10","@types/rewire":"^2.5.28","@typescript-eslint/eslint-plugin":"^6.18.1","@typescript-eslint/parser":"^6.18.1","eslint":"^8.56.0","expect.js":"^0.3.1","mm":"^2.4.1","mocha":"^10.1.0","nyc":"^15.1.0","rewire":"^7.0.0","ts-node":"^10.9.2","typescript":"^4.7.4"},"dependencies":{"@alicloud/tea-typescript":"^1.8.0","httpx":"^2.3.3","ini":"^1.3.5","kitx":"^2.0.0"},"bugs":{"url":"https://github.com/aliyun/nodejs-credentials/issues"},"homepage":"https://github.com/aliyun/nodejs-credentials#readme","files":["src","dist"]}');

/***/ })

};
;