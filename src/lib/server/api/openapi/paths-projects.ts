import { operation, P } from './operation';
import { TASK_LIMIT_NOTE } from './notes';

export const projectPaths = {
	'/me': {
		get: operation({
			operationId: 'getMe',
			summary: 'The authenticated user',
			tags: ['account'],
			ok: { status: 200, schema: 'Me', description: 'The caller' },
			errors: [401]
		})
	},
	'/me/tokens': {
		get: operation({
			operationId: 'listApiTokens',
			summary: "The caller's personal access tokens",
			tags: ['account'],
			ok: {
				status: 200,
				schema: 'ApiTokenList',
				description: 'Tokens with their expiry, expired ones included (secrets are never returned)'
			},
			errors: [401]
		}),
		post: operation({
			operationId: 'createApiToken',
			summary: 'Create a personal access token',
			tags: ['account'],
			body: 'CreateApiToken',
			ok: { status: 201, schema: 'NewApiToken', description: 'The token, shown once' },
			errors: [400, 401, 403, 422]
		})
	},
	'/me/tokens/{tokenId}': {
		delete: operation({
			operationId: 'revokeApiToken',
			summary: 'Revoke a personal access token',
			tags: ['account'],
			params: ['tokenId'],
			ok: { status: 204, description: 'Revoked' },
			errors: [401, 403, 404]
		})
	},
	'/roles': {
		get: operation({
			operationId: 'listRoles',
			summary: 'The project-role catalogue (RACI columns)',
			tags: ['projects'],
			ok: { status: 200, schema: 'RoleList', description: 'Roles' },
			errors: [401]
		})
	},
	'/projects': {
		get: operation({
			operationId: 'listProjects',
			summary: 'Projects the caller is a member of',
			tags: ['projects'],
			query: { includeArchived: { type: 'boolean', default: false } },
			ok: { status: 200, schema: 'ProjectList', description: 'Projects' },
			errors: [401]
		}),
		post: operation({
			operationId: 'createProject',
			summary: 'Create a project; the caller becomes its first project manager',
			description: `Instantiates the built-in methodology or a saved template. ${TASK_LIMIT_NOTE}`,
			tags: ['projects'],
			body: 'CreateProject',
			ok: { status: 201, schema: 'Project', description: 'Created' },
			errors: [400, 401, 403, 409, 422]
		})
	},
	'/projects/{projectId}': {
		get: operation({
			operationId: 'getProject',
			summary: 'One project',
			tags: ['projects'],
			params: P,
			ok: { status: 200, schema: 'Project', description: 'The project' },
			errors: [401, 404]
		}),
		patch: operation({
			operationId: 'updateProject',
			summary: 'Edit, archive (status=archived) or restore a project',
			tags: ['projects'],
			params: P,
			body: 'UpdateProject',
			ok: { status: 200, schema: 'Project', description: 'Updated' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	},
	'/projects/{projectId}/members': {
		get: operation({
			operationId: 'listMembers',
			summary: "A project's members",
			tags: ['members'],
			params: P,
			ok: { status: 200, schema: 'MemberList', description: 'Members' },
			errors: [401, 404]
		}),
		post: operation({
			operationId: 'addMember',
			summary: 'Add an existing user by email with a side and roles',
			tags: ['members'],
			params: P,
			body: 'AddMember',
			ok: { status: 201, schema: 'Member', description: 'Added' },
			errors: [400, 401, 403, 404, 409, 422]
		})
	}
};
