package org.agilepmo.identity;

import java.util.List;

/** The personal API tokens of a person. */
public interface TokenDirectory {

	List<ApiTokenView> tokensOf(long accountId);

}
