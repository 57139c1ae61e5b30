/** The ECS API version DescribeImages is called with; apart from ecs.ts so start-up does not load the check. */
export const ECS_VERSION = '2014-05-26'
