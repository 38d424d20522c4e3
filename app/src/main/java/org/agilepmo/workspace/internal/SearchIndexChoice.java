package org.agilepmo.workspace.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Picks the index implementation by the database the platform runs on: PostgreSQL's
 * full-text search there, the portable one elsewhere (H2).
 */
@Configuration(proxyBeanMethods = false)
class SearchIndexChoice {

	@Bean
	SearchIndex searchIndex(DataSource dataSource, JdbcClient jdbc) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return isPostgres(product) ? new PostgresSearchIndex(jdbc) : new PortableSearchIndex(jdbc);
	}

	static boolean isPostgres(String product) {
		return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgresql");
	}

}
