package vn.parindex.accounts;

/**
 * A token just issued: the only time its secret is shown.
 */
public record IssuedApiToken(String token, ApiTokenView apiToken) {

	@Override
	public String toString() {
		return "IssuedApiToken[" + apiToken.prefix() + "]";
	}

}
