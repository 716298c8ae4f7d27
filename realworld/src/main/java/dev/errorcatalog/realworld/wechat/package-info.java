/**
 * The WeChat Open Platform's return codes as WxJava lists them (Apache License 2.0), converted by
 * {@code realworld/sources/wechat-open/convert.py}: -1, 0 and codes of 4 to 7 digits.
 */
@ErrorCatalog("wechat-open.yaml")
package dev.errorcatalog.realworld.wechat;

import dev.errorcatalog.ErrorCatalog;
