// The four E-HPC Instant image operations (API 2023-07-01), with the validation the action
// has to get right. Handlers take the decoded parameters and return the response body
// (without RequestId) or throw an ApiError. Checks the API reference does not back (a required
// RegistryUrl, unknown spec fields, a spec that does not fit the type) run only with
// specChecks: 'strict'.
import { ApiError, invalidParams, jsonCopy } from './responses.mjs'

export const EHPC_VERSION = '2023-07-01'
export const EHPC_ACTIONS = ['AddImage', 'ListImages', 'GetImage', 'RemoveImage']

const IMAGE_TYPES = ['VM', 'Container']

/**
 * @typedef {import('./state.mjs').ImageStore} ImageStore
 * @typedef {'newline' | 'garbage'} IdNoise
 * @typedef {import('./emulator.d.mts').ListImagesBehaviour} ListImagesBehaviour
 * @typedef {object} EhpcContext
 * @property {ImageStore} store
 * @property {'reject' | 'accept' | 'target'} duplicates
 * @property {number} maxPageSize
 * @property {ListImagesBehaviour} list
 * @property {() => number} now
 * @property {'documented' | 'strict'} specChecks
 * @property {'asSent' | 'expanded' | 'familiar'} registryUrlEcho
 * @property {{ AddImage?: IdNoise, ListImages?: IdNoise }} imageIdNoise
 */

/**
 * A parameter's value, or undefined when it is absent or empty (the SDK sends an undefined
 * query value as `Key=`).
 * @param {Record<string, string>} params
 * @param {string} name
 */
function opt(params, name) {
  const value = params[name]
  return value === undefined || value === '' ? undefined : value
}

/**
 * @param {Record<string, string>} params
 * @param {string} name
 * @param {string} fallback
 */
function imageType(params, name, fallback) {
  const value = opt(params, name) ?? fallback
  if (!IMAGE_TYPES.includes(value)) throw invalidParams(name, 'must be VM or Container')
  return /** @type {'VM' | 'Container'} */ (value)
}

/** @param {unknown} v */
function isPlainObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/**
 * @param {string} name
 * @param {string} raw
 * @returns {Record<string, unknown>}
 */
function parseJsonObject(name, raw) {
  let value
  try {
    value = JSON.parse(raw)
  } catch {
    throw invalidParams(name, 'must be a JSON object (a string holding JSON)')
  }
  if (!isPlainObject(value)) throw invalidParams(name, 'must be a JSON object')
  return value
}

/**
 * Checks that the known keys of `obj` have the given JSON types, and with `strict` that it has
 * no other keys.
 * @param {string} prefix parameter path used in messages, e.g. `ContainerImageSpec`
 * @param {Record<string, unknown>} obj
 * @param {Record<string, 'string' | 'boolean' | 'object'>} schema
 * @param {boolean} strict
 */
function checkFields(prefix, obj, schema, strict) {
  for (const [key, value] of Object.entries(obj)) {
    const type = schema[key]
    if (!type) {
      if (!strict) continue
      throw invalidParams(
        `${prefix}.${key}`,
        `unknown field; allowed (PascalCase): ${Object.keys(schema).join(', ')}`
      )
    }
    const ok = type === 'object' ? isPlainObject(value) : typeof value === type
    if (!ok) throw invalidParams(`${prefix}.${key}`, `must be a JSON ${type}`)
  }
}

/**
 * @param {string} raw
 * @param {boolean} strict
 */
function parseContainerSpec(raw, strict) {
  const spec = parseJsonObject('ContainerImageSpec', raw)
  checkFields(
    'ContainerImageSpec',
    spec,
    {
      RegistryUrl: 'string',
      IsACRRegistry: 'boolean',
      IsACREnterprise: 'boolean',
      RegistryCriId: 'string',
      RegistryCredential: 'object'
    },
    strict
  )
  if (strict && !spec.RegistryUrl) {
    throw invalidParams('ContainerImageSpec.RegistryUrl', 'is required')
  }
  if (spec.RegistryCredential) {
    checkFields(
      'ContainerImageSpec.RegistryCredential',
      /** @type {Record<string, unknown>} */ (spec.RegistryCredential),
      { Server: 'string', UserName: 'string', Password: 'string' },
      strict
    )
  }
  return spec
}

/**
 * @param {string} raw
 * @param {boolean} strict
 */
function parseVmSpec(raw, strict) {
  const spec = parseJsonObject('VMImageSpec', raw)
  checkFields('VMImageSpec', spec, { ImageId: 'string' }, strict)
  if (strict && (typeof spec.ImageId !== 'string' || !/^m-/.test(spec.ImageId))) {
    throw invalidParams('VMImageSpec.ImageId', 'is required and must be an ECS image id (m-...)')
  }
  return spec
}

/**
 * An id or version as a noisy service might answer it.
 * @param {string} value
 * @param {IdNoise | undefined} noise
 */
function noisy(value, noise) {
  if (noise === 'newline') return `${value}\n`
  if (noise === 'garbage') return `${value} (creating)`
  return value
}

/**
 * A registry URL as GetImage may hand it back: 'expanded' spells out what Docker implies
 * (lower-case host, docker.io/library/, :latest), 'familiar' drops what Docker implies
 * (docker.io/ and library/) and still adds :latest. Written independently of the action's code.
 * @param {string} url
 * @param {EhpcContext['registryUrlEcho']} echo
 */
function echoRegistryUrl(url, echo) {
  const slash = url.indexOf('/')
  if (echo === 'asSent' || slash < 0) return url
  let host = url.slice(0, slash).toLowerCase()
  let path = url.slice(slash + 1)
  if (host === 'index.docker.io' || host === 'registry-1.docker.io') host = 'docker.io'
  const last = path.slice(path.lastIndexOf('/') + 1)
  if (!last.includes(':') && !path.includes('@')) path += ':latest'
  if (host !== 'docker.io') return `${host}/${path}`
  if (echo === 'familiar') return path.startsWith('library/') ? path.slice(8) : path
  return path.includes('/') ? `docker.io/${path}` : `docker.io/library/${path}`
}

/**
 * @param {string} name
 * @param {string} raw
 * @returns {string[]}
 */
function parseStringArray(name, raw) {
  let value
  try {
    value = JSON.parse(raw)
  } catch {
    throw invalidParams(name, 'must be a JSON array of strings')
  }
  if (!Array.isArray(value) || !value.every(v => typeof v === 'string')) {
    throw invalidParams(name, 'must be a JSON array of strings')
  }
  return value
}

/**
 * @param {Record<string, string>} params
 * @param {string} name
 * @param {number} fallback
 */
function positiveInt(params, name, fallback) {
  const raw = opt(params, name)
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw invalidParams(name, 'must be an integer >= 1')
  return Number(raw)
}

/**
 * @param {Record<string, string>} p
 * @param {EhpcContext} ctx
 */
function addImage(p, ctx) {
  const name = opt(p, 'Name')
  if (!name) throw invalidParams('Name', 'is required')
  const type = imageType(p, 'ImageType', 'VM')
  const version = opt(p, 'ImageVersion') ?? ''
  const containerRaw = opt(p, 'ContainerImageSpec')
  const vmRaw = opt(p, 'VMImageSpec')
  /** @type {Partial<import('./state.mjs').StoredImage>} */
  const fields = { Name: name, Version: version, ImageType: type }
  fields.Description = opt(p, 'Description') ?? ''
  const strict = ctx.specChecks === 'strict'
  if (strict) {
    const [own, other] =
      type === 'Container'
        ? ['ContainerImageSpec', 'VMImageSpec']
        : ['VMImageSpec', 'ContainerImageSpec']
    if (opt(p, other)) throw invalidParams(other, `must not be set for a ${type} image`)
    if (!opt(p, own)) throw invalidParams(own, `is required for a ${type} image`)
  }
  if (containerRaw && type === 'Container') {
    fields.ContainerImageSpec = parseContainerSpec(containerRaw, strict)
  }
  if (vmRaw && type === 'VM') fields.VMImageSpec = parseVmSpec(vmRaw, strict)
  const duplicate =
    ctx.duplicates !== 'accept' &&
    (ctx.store.hasDuplicate(name, version, type) ||
      (ctx.duplicates === 'target' && ctx.store.sameTarget(fields) !== undefined))
  if (duplicate) throw new ApiError(400, 'ImageAlreadyExists', 'The image id already exists.')
  const image = ctx.store.insert(fields, ctx.now())
  return { Success: true, ImageId: noisy(image.ImageId, ctx.imageIdNoise.AddImage) }
}

/**
 * @param {Record<string, string>} p
 * @param {EhpcContext} ctx
 */
function listImages(p, ctx) {
  const names = opt(p, 'ImageNames')
  const ids = opt(p, 'ImageIds')
  const nameSet = names === undefined ? undefined : new Set(parseStringArray('ImageNames', names))
  const idSet = ids === undefined ? undefined : new Set(parseStringArray('ImageIds', ids))
  const type = imageType(p, 'ImageType', 'VM')
  const category = opt(p, 'ImageCategory') ?? 'Custom'
  if (category !== 'Custom' && category !== 'Public') {
    throw invalidParams('ImageCategory', 'must be Public or Custom')
  }
  const mode = opt(p, 'Mode') ?? 'Merge'
  if (mode !== 'List' && mode !== 'Merge') throw invalidParams('Mode', 'must be List or Merge')
  const list = ctx.list
  const askedNumber = positiveInt(p, 'PageNumber', 1)
  const askedSize = positiveInt(p, 'PageSize', 20)
  if (askedSize > ctx.maxPageSize && list.overMaxPageSize === 'reject') {
    throw invalidParams('PageSize', `must be at most ${ctx.maxPageSize}`)
  }
  const pageSize = Math.min(askedSize, ctx.maxPageSize)
  // 'repeat' and 'ignore' play servers that answer page 1 whatever was asked.
  const pageNumber = list.pageNumber === 'repeat' || list.pageNumber === 'ignore' ? 1 : askedNumber

  /** @type {import('./state.mjs').StoredImage[]} */
  const matches = []
  const shown = ctx.store.nextList()
  if (category === 'Custom') {
    const seenNames = new Set()
    for (const image of ctx.store.newestFirst()) {
      if (image.ImageType !== type || !shown(image)) continue
      if (nameSet && !nameSet.has(image.Name)) continue
      if (idSet && !idSet.has(image.ImageId)) continue
      if (mode === 'Merge') {
        if (seenNames.has(image.Name)) continue
        seenNames.add(image.Name)
      }
      matches.push(image)
    }
  }
  const start = (pageNumber - 1) * pageSize
  const page = matches.slice(start, start + pageSize)
  const total =
    list.totalCount === 'page'
      ? page.length
      : typeof list.totalCount === 'number'
        ? list.totalCount
        : matches.length
  return {
    Success: true,
    ...(list.totalCount === 'missing' ? {} : { TotalCount: total }),
    PageNumber: list.pageNumber === 'repeat' ? askedNumber : pageNumber,
    PageSize: list.overMaxPageSize === 'clampSilently' ? askedSize : pageSize,
    Images: page.map(image => ({
      ImageId: noisy(image.ImageId, ctx.imageIdNoise.ListImages),
      Name: image.Name,
      Version: ctx.imageIdNoise.ListImages === 'newline' ? `${image.Version}\n` : image.Version,
      ...(list.omitImageType ? {} : { ImageType: image.ImageType }),
      Description: image.Description,
      CreateTime: image.CreateTime,
      UpdateTime: image.UpdateTime,
      AppId: image.AppId,
      OsTag: image.OsTag,
      DocumentId: image.DocumentId,
      Weight: image.Weight
    }))
  }
}

/**
 * @param {Record<string, string>} p
 * @param {EhpcContext} ctx
 */
function getImage(p, ctx) {
  const id = opt(p, 'ImageId')
  if (!id) throw invalidParams('ImageId', 'is required')
  const type = imageType(p, 'ImageType', 'VM')
  const category = opt(p, 'ImageCategory')
  const image = ctx.store.get(id)
  if (!image || image.ImageType !== type || category === 'Public') throw imageNotFound(id)
  // The fields of the official response model (GetImageResponseBody.Image); no ImageId.
  const platform = {
    Architecture: image.Architecture,
    OsTag: image.OsTag,
    Platform: image.Platform
  }
  /** @type {Record<string, unknown>} */
  const out = {
    Name: image.Name,
    Version: image.Version,
    ImageType: image.ImageType,
    Description: image.Description,
    Status: image.Status,
    CreateTime: image.CreateTime,
    Size: image.Size,
    AppId: image.AppId,
    AdditionalRegionsInfo: [],
    DocumentInfo: { Document: '', DocumentId: String(image.DocumentId), EncodingMode: '' }
  }
  if (image.ContainerImageSpec) {
    const spec = { ...jsonCopy(image.ContainerImageSpec), ...platform }
    if (typeof spec.RegistryUrl === 'string') {
      spec.RegistryUrl = echoRegistryUrl(spec.RegistryUrl, ctx.registryUrlEcho)
    }
    out.ContainerImageSpec = spec
  }
  if (image.VMImageSpec) out.VMImageSpec = { ...jsonCopy(image.VMImageSpec), ...platform }
  return { Success: true, TotalCount: 1, Image: out }
}

/**
 * @param {Record<string, string>} p
 * @param {EhpcContext} ctx
 */
function removeImage(p, ctx) {
  const id = opt(p, 'ImageId')
  if (!id) throw invalidParams('ImageId', 'is required')
  const typeGiven = opt(p, 'ImageType') !== undefined
  const type = imageType(p, 'ImageType', 'VM')
  const image = ctx.store.get(id)
  if (!image || (typeGiven && image.ImageType !== type)) throw imageNotFound(id)
  if (ctx.store.inUse.has(id)) {
    throw new ApiError(403, 'ImageInUse', `The image ${id} is used by jobs and cannot be removed.`)
  }
  ctx.store.remove(id)
  return { Success: true }
}

/** @param {string} id */
function imageNotFound(id) {
  return new ApiError(404, 'ImageNotFound', `The specified image ${id} does not exist.`)
}

/** @type {Record<string, (p: Record<string, string>, ctx: EhpcContext) => Record<string, unknown>>} */
const HANDLERS = {
  AddImage: addImage,
  ListImages: listImages,
  GetImage: getImage,
  RemoveImage: removeImage
}

/**
 * Runs one image operation.
 * @param {string} action one of EHPC_ACTIONS
 * @param {Record<string, string>} params
 * @param {EhpcContext} ctx
 * @returns {Record<string, unknown>} response body without RequestId
 */
export function runEhpcAction(action, params, ctx) {
  const handler = HANDLERS[action]
  if (!handler) throw new ApiError(404, 'InvalidAction.NotFound', `Specified api is not found.`)
  return handler(params, ctx)
}
