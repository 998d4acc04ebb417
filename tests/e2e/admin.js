/** The instance admin the e2e server starts with (created through the CLI in start-server.js). */
export const ADMIN = {
	email: 'admin@e2e.example.com',
	name: '实例管理员',
	password: 'crm-workbench-e2e-operator-pass'
};
