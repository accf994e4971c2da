/**
 * Value types, tenant-scoping plumbing, i18n and small UI contracts used by every module.
 * Open: every other module may use all of it; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.renkei.shared;
