/**
 * Web hygiene: the filter every request and answer passes (headers, the cross-site rule for
 * cookie calls, the body limit), which proxies are trusted for the client's address, the query
 * parameters of lists, {@code ETag} versions, the pages' redirects and dates, and the OpenAPI
 * document. Stands on {@code wire} and {@code problems} only.
 */
package dev.roster.web;
