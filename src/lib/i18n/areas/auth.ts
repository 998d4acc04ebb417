import { defineArea } from './define';

// Login and registration pages.
export const auth = defineArea(
	{
		'auth.loginTitle': '登录',
		'auth.login': '登录',
		'auth.registerTitle': '注册账号',
		'auth.register': '注册',
		'auth.noAccount': '还没有账号？',
		'auth.registerLink': '注册',
		'auth.haveAccount': '已有账号？',
		'auth.loginLink': '登录',
		'auth.passwordHint': '至少 8 个字符；可以使用一句话或几个词，常见密码不可用',
		'auth.invalidCredentials': '邮箱或密码不正确',
		'auth.throttled': '尝试次数过多，请稍后再试'
	},
	{
		'auth.loginTitle': 'Log in',
		'auth.login': 'Log in',
		'auth.registerTitle': 'Create an account',
		'auth.register': 'Register',
		'auth.noAccount': 'No account yet?',
		'auth.registerLink': 'Register',
		'auth.haveAccount': 'Already registered?',
		'auth.loginLink': 'Log in',
		'auth.passwordHint':
			'At least 8 characters; a sentence or a few words work well. Common passwords are refused.',
		'auth.invalidCredentials': 'Wrong email or password',
		'auth.throttled': 'Too many attempts; please try again later'
	}
);
