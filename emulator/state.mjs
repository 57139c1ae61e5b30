// The emulator's image registry: images keyed by ImageId, with a (Name, Version, ImageType)
// index for the duplicate check and a lazily re-sorted newest-first view for ListImages, so
// that 10,000 images stay cheap to page through.
import { isoSeconds, jsonCopy, randomString } from './responses.mjs'

/**
 * @typedef {object} StoredImage
 * @property {string} ImageId
 * @property {string} Name
 * @property {string} Version
 * @property {'VM' | 'Container'} ImageType
 * @property {string} Description
 * @property {string} CreateTime
 * @property {string} UpdateTime
 * @property {string} Status
 * @property {Record<string, unknown>} [ContainerImageSpec]
 * @property {Record<string, unknown>} [VMImageSpec]
 * @property {string} Size
 * @property {string} AppId
 * @property {string} OsTag
 * @property {number} DocumentId
 * @property {number} Weight
 */

/**
 * @typedef {object} Entry
 * @property {StoredImage} image
 * @property {number} seq insertion order, breaks CreateTime ties (newer insert = newer)
 * @property {number} createdMs
 */

/** @returns {string} `m-` + 20 lower-case alphanumerics */
export function newImageId() {
  return `m-${randomString(20)}`
}

/**
 * @param {string} name
 * @param {string} version
 * @param {string} type
 */
function duplicateKey(name, version, type) {
  return JSON.stringify([name, version, type])
}

export class ImageStore {
  constructor() {
    /** @type {Map<string, Entry>} */
    this.byId = new Map()
    /** @type {Map<string, Set<string>>} */
    this.byKey = new Map()
    /** @type {Set<string>} */
    this.inUse = new Set()
    this.seq = 0
    /** @type {StoredImage[] | null} newest first; null when it must be rebuilt */
    this.sorted = null
  }

  clear() {
    this.byId.clear()
    this.byKey.clear()
    this.inUse.clear()
    this.sorted = null
  }

  /**
   * Stores an image built from (possibly partial) fields; fills every missing field.
   * @param {Partial<StoredImage>} fields
   * @param {number} nowMs
   * @returns {StoredImage}
   */
  insert(fields, nowMs) {
    const type = fields.ImageType === 'Container' ? 'Container' : 'VM'
    let id = fields.ImageId || newImageId()
    if (this.byId.has(id)) {
      if (fields.ImageId) throw new Error(`image ${id} already exists`)
      while (this.byId.has(id)) id = newImageId()
    }
    const createdMs = fields.CreateTime ? Date.parse(fields.CreateTime) : nowMs
    if (Number.isNaN(createdMs)) throw new Error(`CreateTime ${fields.CreateTime} is not a date`)
    const createTime = isoSeconds(createdMs)
    /** @type {StoredImage} */
    const image = {
      ImageId: id,
      Name: fields.Name ?? 'image',
      Version: fields.Version ?? '',
      ImageType: type,
      Description: fields.Description ?? '',
      CreateTime: createTime,
      UpdateTime: fields.UpdateTime ? isoSeconds(Date.parse(fields.UpdateTime)) : createTime,
      Status: fields.Status ?? 'Available',
      Size: fields.Size ?? (type === 'VM' ? '40 GiB' : ''),
      AppId: fields.AppId ?? `ci-${type === 'VM' ? 'vm' : 'ctr'}-${randomString(16)}`,
      OsTag: fields.OsTag ?? '',
      DocumentId: fields.DocumentId ?? 0,
      Weight: fields.Weight ?? 0
    }
    if (fields.ContainerImageSpec) image.ContainerImageSpec = jsonCopy(fields.ContainerImageSpec)
    if (fields.VMImageSpec) image.VMImageSpec = jsonCopy(fields.VMImageSpec)
    this.byId.set(id, { image, seq: ++this.seq, createdMs })
    const key = duplicateKey(image.Name, image.Version, image.ImageType)
    let ids = this.byKey.get(key)
    if (!ids) this.byKey.set(key, (ids = new Set()))
    ids.add(id)
    this.sorted = null
    return image
  }

  /**
   * @param {string} id
   * @returns {StoredImage | undefined}
   */
  get(id) {
    return this.byId.get(id)?.image
  }

  /**
   * @param {string} id
   * @returns {boolean} whether it existed
   */
  remove(id) {
    const entry = this.byId.get(id)
    if (!entry) return false
    this.byId.delete(id)
    this.inUse.delete(id)
    const key = duplicateKey(entry.image.Name, entry.image.Version, entry.image.ImageType)
    const ids = this.byKey.get(key)
    ids?.delete(id)
    if (ids && ids.size === 0) this.byKey.delete(key)
    this.sorted = null
    return true
  }

  /**
   * @param {string} name
   * @param {string} version
   * @param {string} type
   */
  hasDuplicate(name, version, type) {
    return (this.byKey.get(duplicateKey(name, version, type))?.size ?? 0) > 0
  }

  /** @returns {StoredImage[]} every image, newest first (CreateTime, then insertion order) */
  newestFirst() {
    if (!this.sorted) {
      this.sorted = [...this.byId.values()]
        .sort((a, b) => b.createdMs - a.createdMs || b.seq - a.seq)
        .map(e => e.image)
    }
    return this.sorted
  }

  /** @returns {StoredImage[]} every image in insertion order */
  inInsertionOrder() {
    return [...this.byId.values()].sort((a, b) => a.seq - b.seq).map(e => e.image)
  }
}
