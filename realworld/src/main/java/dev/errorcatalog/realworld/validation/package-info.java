/**
 * Hibernate Validator's constraint messages in 27 locales (26 in translation files), with typed
 * placeholders: see realworld/README.md.
 */
@ErrorCatalog("hibernate-validator.yaml")
package dev.errorcatalog.realworld.validation;

import dev.errorcatalog.ErrorCatalog;
