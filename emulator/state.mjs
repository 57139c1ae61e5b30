// The emulator's image registry: images keyed by ImageId, with a (Name, Version, ImageType)
// index for the duplicate check and a lazily re-sorted newest-first view for ListImages, so
// that 10,000 images stay cheap to page through.
import { isoSeconds, jsonCopy, parseTime, randomString, spacedSeconds } from './responses.mjs'

/**
 * @typedef {object} StoredImage
 * @property {string} ImageId
 * @property {string} Name
 * @property {string} Version
 * @property {'VM' | 'Container'} ImageType
 * @property {string} Description
 * @property {string} CreateTime `2022-12-09T07:06:34Z`
 * @property {string} UpdateTime `2024-09-25 14:15:28` (the two forms the API reference's samples show)
 * @property {string} Status
 * @property {Record<string, unknown>} [ContainerImageSpec]
 * @property {Record<string, unknown>} [VMImageSpec]
 * @property {string} Size
 * @property {string} AppId
 * @property {string} OsTag
 * @property {string} Architecture
 * @property {string} Platform
 * @property {number} DocumentId
 * @property {number} Weight
 */

/**
 * @typedef {object} Entry
 * @property {StoredImage} image
 * @property {number} seq insertion order, breaks CreateTime ties (newer insert = newer)
 * @property {number} createdMs
 * @property {number} listedFrom the first ListImages request (counted from 1) that shows it
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
  /** @param {number} [listLag] how many ListImages answers leave out a new image */
  constructor(listLag = 0) {
    this.listLag = listLag
    /** ListImages requests answered so far. */
    this.listCount = 0
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
    this.listCount = 0
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
    const createdMs = fields.CreateTime ? parseTime(fields.CreateTime) : nowMs
    if (Number.isNaN(createdMs)) throw new Error(`CreateTime ${fields.CreateTime} is not a date`)
    const updatedMs = fields.UpdateTime ? parseTime(fields.UpdateTime) : createdMs
    if (Number.isNaN(updatedMs)) throw new Error(`UpdateTime ${fields.UpdateTime} is not a date`)
    /** @type {StoredImage} */
    const image = {
      ImageId: id,
      Name: fields.Name ?? 'image',
      Version: fields.Version ?? '',
      ImageType: type,
      Description: fields.Description ?? '',
      CreateTime: isoSeconds(createdMs),
      UpdateTime: spacedSeconds(updatedMs),
      Status: fields.Status ?? 'Available',
      Size: fields.Size ?? (type === 'VM' ? '40 GiB' : ''),
      AppId: fields.AppId ?? `ci-${type === 'VM' ? 'vm' : 'ctr'}-${randomString(16)}`,
      OsTag: fields.OsTag ?? '',
      Architecture: fields.Architecture ?? 'x86_64',
      Platform: fields.Platform ?? 'Linux',
      DocumentId: fields.DocumentId ?? 0,
      Weight: fields.Weight ?? 0
    }
    if (fields.ContainerImageSpec) image.ContainerImageSpec = jsonCopy(fields.ContainerImageSpec)
    if (fields.VMImageSpec) image.VMImageSpec = jsonCopy(fields.VMImageSpec)
    this.byId.set(id, {
      image,
      seq: ++this.seq,
      createdMs,
      listedFrom: this.listCount + this.listLag + 1
    })
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

  /**
   * The image with this target under another name or version, if any: a RegistryUrl (Container)
   * or VMImageSpec.ImageId (VM) equal to the given one.
   * @param {Partial<StoredImage>} fields
   * @returns {StoredImage | undefined}
   */
  sameTarget(fields) {
    const targetOf = (/** @type {Partial<StoredImage>} */ i) =>
      i.ImageType === 'Container' ? i.ContainerImageSpec?.RegistryUrl : i.VMImageSpec?.ImageId
    const target = targetOf(fields)
    if (typeof target !== 'string' || target === '') return undefined
    for (const { image } of this.byId.values()) {
      if (image.ImageType === fields.ImageType && targetOf(image) === target) return image
    }
    return undefined
  }

  /** Counts one ListImages request; returns a test for whether it shows a given image. */
  nextList() {
    const n = ++this.listCount
    return (/** @type {StoredImage} */ image) =>
      (this.byId.get(image.ImageId)?.listedFrom ?? 0) <= n
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
