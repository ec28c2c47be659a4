<?xml version="1.0" encoding="UTF-8"?>
<!--
  Qonun: an Akoma Ntoso 3.0 document (any type: act, bill, doc, judgment, debate, portion, documentCollection ...)
  to its HTML page. Works standalone:  xsltproc stylesheets/act.xsl data.xml

  Parameters (all optional):
    site-root  prefix of every site-relative href (default '/').
    ui-lang    interface language uzb | rus | eng (default: the expression's FRBRlanguage when supported, else eng).
    script     Latn | Cyrl for Uzbek text (default: meta/proprietary/qonun:script or qonun:textImport/@script).
    work-view  path or URI of the work view XML (see work.xsl); relative values resolve against the input
               document's URI, so the publisher should pass an absolute path (or a URI its loader serves).
               When given: "not the current version" banner, links to the other languages, the work page and
               the changes from the previous version.
    expression-uri the expression URI to look up in the work view (default: FRBRExpression/FRBRuri).
    akn-links  'all' (default): references to /akn/... become {site-root}akn/.../ links; 'none': plain text.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    xmlns:q="https://qonun.uz/ns/1.0"
    xmlns:h="http://www.w3.org/1999/xhtml"
    xmlns:m="http://www.w3.org/1998/Math/MathML"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    exclude-result-prefixes="akn q h m dc">

  <xsl:include href="common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:param name="script" select="''"/>
  <xsl:param name="work-view" select="''"/>
  <!-- The expression's URI as the registry knows it (matched against the work view); default: FRBRExpression/FRBRuri. -->
  <xsl:param name="expression-uri" select="''"/>
  <!-- 'all': references to /akn/... become links into the site; 'none': they stay text (for works not published). -->
  <xsl:param name="akn-links" select="'all'"/>

  <!-- Every rendered element with an eId (meta excluded, except the notes that are rendered). -->
  <xsl:key name="eid" match="akn:*[@eId][not(ancestor::akn:meta) or ancestor::akn:notes]" use="@eId"/>
  <!-- Work view lookups: expressions by language and script. -->
  <xsl:key name="wv-ls" match="expression" use="concat(@lang, '|', @script)"/>

  <!-- The document element (act, bill, doc, ...) and its identification. -->
  <xsl:variable name="doc" select="/akn:akomaNtoso/akn:*[not(self::akn:components)][1] | /akn:*[not(self::akn:akomaNtoso)]"/>
  <xsl:variable name="ident" select="$doc/akn:meta/akn:identification"/>
  <xsl:variable name="work-uri" select="string($ident/akn:FRBRWork/akn:FRBRuri/@value)"/>
  <xsl:variable name="expr-uri">
    <xsl:choose>
      <xsl:when test="$expression-uri != ''"><xsl:value-of select="$expression-uri"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$ident/akn:FRBRExpression/akn:FRBRuri/@value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="expr-date" select="string($ident/akn:FRBRExpression/akn:FRBRdate/@date)"/>
  <xsl:variable name="lang-code" select="string($ident/akn:FRBRExpression/akn:FRBRlanguage/@language)"/>
  <xsl:variable name="doc-script">
    <xsl:choose>
      <xsl:when test="$script != ''"><xsl:value-of select="$script"/></xsl:when>
      <xsl:when test="$doc/akn:meta/akn:proprietary/q:script">
        <xsl:value-of select="normalize-space($doc/akn:meta/akn:proprietary/q:script)"/>
      </xsl:when>
      <xsl:when test="$doc/akn:meta/akn:proprietary/q:textImport/@script">
        <xsl:value-of select="$doc/akn:meta/akn:proprietary/q:textImport/@script"/>
      </xsl:when>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="L">
    <xsl:variable name="from-param"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$ui-lang"/></xsl:call-template></xsl:variable>
    <xsl:variable name="from-doc"><xsl:call-template name="ui-lang-of"><xsl:with-param name="code" select="$lang-code"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$from-param != ''"><xsl:value-of select="$from-param"/></xsl:when>
      <xsl:when test="$from-doc != ''"><xsl:value-of select="$from-doc"/></xsl:when>
      <xsl:otherwise>eng</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="doc-tag">
    <xsl:choose>
      <xsl:when test="$lang-code = ''"><xsl:call-template name="ui-lang-tag"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="lang-tag">
          <xsl:with-param name="code" select="$lang-code"/>
          <xsl:with-param name="script" select="substring($doc-script, 1, 4 * ($lang-code = 'uzb'))"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="ui-tag"><xsl:call-template name="ui-lang-tag"/></xsl:variable>
  <xsl:variable name="title">
    <xsl:call-template name="doc-title"><xsl:with-param name="d" select="$doc"/></xsl:call-template>
  </xsl:variable>

  <!-- Hierarchy levels whose number alone makes a heading ("20-modda."). -->
  <xsl:variable name="q-big" select="' part chapter section article book title tome subpart subchapter subtitle division rule subrule '"/>

  <!-- ============================================================ page -->

  <xsl:template match="/">
    <html lang="{$doc-tag}" data-site-root="{$site-root}">
      <xsl:call-template name="html-head">
        <xsl:with-param name="title" select="$title"/>
        <xsl:with-param name="description" select="substring(normalize-space($title), 1, 300)"/>
      </xsl:call-template>
      <body class="page-act">
        <xsl:call-template name="site-header">
          <xsl:with-param name="current" select="'acts'"/>
          <xsl:with-param name="content-lang" select="$doc-tag"/>
        </xsl:call-template>
        <main id="main" class="act-page">
          <div class="doc-head">
            <p class="doc-kind">
              <xsl:call-template name="lang-if-ui"/>
              <xsl:call-template name="doc-type-name"><xsl:with-param name="type" select="local-name($doc)"/></xsl:call-template>
            </p>
            <h1 class="doc-title"><xsl:value-of select="$title"/></h1>
            <xsl:call-template name="doc-meta"/>
            <xsl:if test="$work-view != ''">
              <xsl:variable name="wv" select="document($work-view, /)/work"/>
              <xsl:if test="$wv">
                <xsl:call-template name="version-box"><xsl:with-param name="wv" select="$wv"/></xsl:call-template>
              </xsl:if>
            </xsl:if>
          </div>
          <xsl:variable name="toc">
            <xsl:apply-templates select="$doc/akn:*[not(self::akn:meta)] | /akn:akomaNtoso/akn:components" mode="toc"/>
          </xsl:variable>
          <div class="doc-layout">
            <xsl:if test="string($toc) != ''">
              <nav class="toc">
                <xsl:call-template name="lang-if-ui"/>
                <xsl:attribute name="aria-label"><xsl:call-template name="t"><xsl:with-param name="k" select="'act.toc'"/></xsl:call-template></xsl:attribute>
                <h2 class="toc-title"><xsl:call-template name="t"><xsl:with-param name="k" select="'act.toc'"/></xsl:call-template></h2>
                <ol class="toc-list"><xsl:copy-of select="$toc"/></ol>
              </nav>
            </xsl:if>
            <article class="akn akn-doc-{local-name($doc)}">
              <xsl:apply-templates select="$doc/node()[not(self::akn:meta)]"/>
              <xsl:apply-templates select="/akn:akomaNtoso/akn:components"/>
              <xsl:call-template name="notes">
                <xsl:with-param name="d" select="$doc"/>
                <xsl:with-param name="level" select="2"/>
              </xsl:call-template>
              <p class="doc-data">
                <xsl:call-template name="lang-if-ui"/>
                <a href="data.xml" type="application/akn+xml">
                  <xsl:call-template name="t"><xsl:with-param name="k" select="'act.data'"/></xsl:call-template>
                </a>
              </p>
            </article>
          </div>
        </main>
        <xsl:call-template name="site-footer"><xsl:with-param name="content-lang" select="$doc-tag"/></xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <!-- lang attribute for interface text inside a page whose language is the document's. -->
  <xsl:template name="lang-if-ui">
    <xsl:if test="$ui-tag != $doc-tag"><xsl:attribute name="lang"><xsl:value-of select="$ui-tag"/></xsl:attribute></xsl:if>
  </xsl:template>

  <!-- The title of a document element d (also used for components). -->
  <xsl:template name="doc-title">
    <xsl:param name="d"/>
    <xsl:variable name="raw">
      <xsl:choose>
        <xsl:when test="$d/akn:preface//akn:docTitle"><xsl:apply-templates select="($d/akn:preface//akn:docTitle)[1]" mode="plain"/></xsl:when>
        <xsl:when test="$d/akn:preface//akn:shortTitle"><xsl:apply-templates select="($d/akn:preface//akn:shortTitle)[1]" mode="plain"/></xsl:when>
        <xsl:when test="$d/akn:preface//akn:longTitle"><xsl:apply-templates select="($d/akn:preface//akn:longTitle)[1]" mode="plain"/></xsl:when>
        <xsl:when test="$d/akn:coverPage//akn:docTitle"><xsl:apply-templates select="($d/akn:coverPage//akn:docTitle)[1]" mode="plain"/></xsl:when>
        <xsl:when test="$d/akn:header//akn:docTitle"><xsl:apply-templates select="($d/akn:header//akn:docTitle)[1]" mode="plain"/></xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="id" select="$d/akn:meta/akn:identification"/>
    <xsl:choose>
      <xsl:when test="normalize-space($raw) != ''"><xsl:value-of select="normalize-space($raw)"/></xsl:when>
      <xsl:when test="$d/akn:portionBody/akn:*[akn:heading]">
        <xsl:for-each select="$d/akn:portionBody/akn:*[akn:heading][1]"><xsl:call-template name="label"/></xsl:for-each>
      </xsl:when>
      <xsl:when test="normalize-space($d/akn:meta/akn:proprietary/dc:title) != ''"><xsl:value-of select="normalize-space($d/akn:meta/akn:proprietary/dc:title)"/></xsl:when>
      <xsl:when test="normalize-space($id/akn:FRBRWork/akn:FRBRname/@value) != ''"><xsl:value-of select="normalize-space($id/akn:FRBRWork/akn:FRBRname/@value)"/></xsl:when>
      <xsl:when test="normalize-space($id/akn:FRBRWork/akn:FRBRuri/@value) != ''"><xsl:value-of select="normalize-space($id/akn:FRBRWork/akn:FRBRuri/@value)"/></xsl:when>
      <xsl:when test="normalize-space($d/@name) != ''"><xsl:value-of select="normalize-space($d/@name)"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="doc-type-name"><xsl:with-param name="type" select="local-name($d)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ metadata -->

  <xsl:template name="doc-meta">
    <xsl:variable name="number">
      <xsl:choose>
        <xsl:when test="$doc/akn:preface//akn:docNumber"><xsl:apply-templates select="($doc/akn:preface//akn:docNumber)[1]" mode="plain"/></xsl:when>
        <xsl:when test="$doc/akn:conclusions//akn:docNumber"><xsl:apply-templates select="($doc/akn:conclusions//akn:docNumber)[1]" mode="plain"/></xsl:when>
        <xsl:when test="$doc/akn:header//akn:docNumber"><xsl:apply-templates select="($doc/akn:header//akn:docNumber)[1]" mode="plain"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$ident/akn:FRBRWork/akn:FRBRnumber/@value"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="work-date" select="string($ident/akn:FRBRWork/akn:FRBRdate/@date)"/>
    <xsl:variable name="in-force" select="string(($doc/akn:meta/akn:proprietary/q:textImport/@entryIntoForce
        | $doc/akn:meta/akn:lifecycle/akn:eventRef[@refersTo = '#entryIntoForce' or @type = 'entryIntoForce']/@date)[1])"/>
    <dl class="doc-meta">
      <xsl:call-template name="lang-if-ui"/>
      <xsl:if test="normalize-space($number) != ''">
        <div>
          <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.number'"/></xsl:call-template></dt>
          <dd><xsl:value-of select="normalize-space($number)"/></dd>
        </div>
      </xsl:if>
      <xsl:if test="$work-date != ''">
        <div>
          <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.date'"/></xsl:call-template></dt>
          <dd><xsl:call-template name="time"><xsl:with-param name="d" select="$work-date"/></xsl:call-template></dd>
        </div>
      </xsl:if>
      <xsl:if test="$lang-code != ''">
        <div>
          <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.language'"/></xsl:call-template></dt>
          <dd>
            <xsl:call-template name="lang-name">
              <xsl:with-param name="code" select="$lang-code"/>
              <xsl:with-param name="script" select="substring($doc-script, 1, 4 * ($lang-code = 'uzb'))"/>
            </xsl:call-template>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="$expr-date != '' and $expr-date != $work-date">
        <div>
          <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.version'"/></xsl:call-template></dt>
          <dd><xsl:call-template name="time"><xsl:with-param name="d" select="$expr-date"/></xsl:call-template></dd>
        </div>
      </xsl:if>
      <xsl:if test="$in-force != ''">
        <div>
          <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.in-force'"/></xsl:call-template></dt>
          <dd><xsl:call-template name="time"><xsl:with-param name="d" select="$in-force"/></xsl:call-template></dd>
        </div>
      </xsl:if>
      <xsl:if test="$ident/akn:FRBRExpression/akn:FRBRauthoritative/@value = 'false' or $doc/akn:meta/akn:proprietary/q:demonstration = 'true'">
        <div class="meta-notice">
          <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.official'"/></xsl:call-template></dt>
          <dd>
            <strong class="badge badge-demo">
              <xsl:choose>
                <xsl:when test="$doc/akn:meta/akn:proprietary/q:demonstration = 'true'">
                  <xsl:call-template name="t"><xsl:with-param name="k" select="'meta.demonstration'"/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="t"><xsl:with-param name="k" select="'meta.not-official'"/></xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </strong>
          </dd>
        </div>
      </xsl:if>
      <xsl:if test="$expr-uri != '' or $work-uri != ''">
        <div class="meta-uri">
          <dt><xsl:call-template name="t"><xsl:with-param name="k" select="'meta.uri'"/></xsl:call-template></dt>
          <dd><code><xsl:value-of select="$expr-uri"/><xsl:if test="$expr-uri = ''"><xsl:value-of select="$work-uri"/></xsl:if></code></dd>
        </div>
      </xsl:if>
    </dl>
  </xsl:template>

  <!-- ============================================================ work view: banner, languages, links -->

  <xsl:template name="version-box">
    <xsl:param name="wv"/>
    <xsl:variable name="me" select="$wv/expression[@uri = $expr-uri][1]"/>
    <xsl:variable name="my-lang">
      <xsl:choose>
        <xsl:when test="$me"><xsl:value-of select="$me/@lang"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$lang-code"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="my-script">
      <xsl:choose>
        <xsl:when test="$me"><xsl:value-of select="$me/@script"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$doc-script"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="my-date">
      <xsl:choose>
        <xsl:when test="$me"><xsl:value-of select="$me/@date"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$expr-date"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <div class="version-box">
      <xsl:call-template name="lang-if-ui"/>
      <xsl:if test="$wv/@status = 'repealed'">
        <div class="banner banner-repealed" role="note">
          <p>
            <strong><xsl:call-template name="t"><xsl:with-param name="k" select="'banner.repealed'"/></xsl:call-template></strong>
            <xsl:if test="$wv/@repealed-on != ''">
              <xsl:text> </xsl:text>
              <xsl:call-template name="t"><xsl:with-param name="k" select="'banner.repealed-on'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:call-template name="time"><xsl:with-param name="d" select="$wv/@repealed-on"/></xsl:call-template>
              <xsl:text>.</xsl:text>
            </xsl:if>
          </p>
        </div>
      </xsl:if>
      <xsl:if test="$me and $me/@current != 'true'">
        <xsl:variable name="grp" select="$wv/expression[@lang = $my-lang and string(@script) = $my-script]"/>
        <xsl:variable name="current" select="($grp[@current = 'true'] | $wv/expression[@lang = $my-lang][@current = 'true'])[1]"/>
        <div class="banner banner-old" role="note">
          <p>
            <strong><xsl:call-template name="t"><xsl:with-param name="k" select="'banner.not-current'"/></xsl:call-template></strong>
            <xsl:text> </xsl:text>
            <xsl:call-template name="t"><xsl:with-param name="k" select="'banner.version-of'"/></xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="time"><xsl:with-param name="d" select="$me/@date"/></xsl:call-template>
            <xsl:if test="$me/@until != ''">
              <xsl:text>, </xsl:text>
              <xsl:call-template name="t"><xsl:with-param name="k" select="'banner.until'"/></xsl:call-template>
              <xsl:text> </xsl:text>
              <xsl:call-template name="time"><xsl:with-param name="d" select="$me/@until"/></xsl:call-template>
            </xsl:if>
            <xsl:text>.</xsl:text>
          </p>
          <p>
            <xsl:choose>
              <xsl:when test="$current">
                <a class="banner-action" href="{$site-root}{$current/@href}">
                  <xsl:call-template name="t"><xsl:with-param name="k" select="'banner.read-current'"/></xsl:call-template>
                  <xsl:text> (</xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="d" select="$current/@date"/></xsl:call-template>
                  <xsl:text>)</xsl:text>
                </a>
              </xsl:when>
              <xsl:otherwise>
                <a class="banner-action" href="{$site-root}{$wv/@href}">
                  <xsl:call-template name="t"><xsl:with-param name="k" select="'banner.all-versions'"/></xsl:call-template>
                </a>
              </xsl:otherwise>
            </xsl:choose>
          </p>
        </div>
      </xsl:if>
      <ul class="version-links">
        <li>
          <a href="{$site-root}{$wv/@href}">
            <xsl:call-template name="t"><xsl:with-param name="k" select="'act.work-page'"/></xsl:call-template>
          </a>
        </li>
        <xsl:if test="normalize-space($me/@diff-href) != ''">
          <li>
            <a href="{$site-root}{$me/@diff-href}">
              <xsl:call-template name="t"><xsl:with-param name="k" select="'act.changes'"/></xsl:call-template>
            </a>
          </li>
        </xsl:if>
      </ul>
      <xsl:variable name="others" select="$wv/expression[not(@lang = $my-lang and string(@script) = $my-script)]"/>
      <xsl:if test="$others">
        <nav class="other-languages">
          <xsl:attribute name="aria-label"><xsl:call-template name="t"><xsl:with-param name="k" select="'act.other-languages'"/></xsl:call-template></xsl:attribute>
          <span class="other-languages-label">
            <xsl:call-template name="t"><xsl:with-param name="k" select="'act.other-languages'"/></xsl:call-template>
            <xsl:text>: </xsl:text>
          </span>
          <ul>
            <xsl:for-each select="$others[generate-id() = generate-id(key('wv-ls', concat(@lang, '|', @script))[1])]">
              <xsl:variable name="grp" select="key('wv-ls', concat(@lang, '|', @script))"/>
              <xsl:variable name="same" select="$grp[@date = $my-date][1]"/>
              <xsl:variable name="cur" select="$grp[@current = 'true'][1]"/>
              <xsl:variable name="target" select="($same | $cur[not($same)] | $grp[last()][not($same or $cur)])[1]"/>
              <xsl:variable name="tag">
                <xsl:call-template name="lang-tag">
                  <xsl:with-param name="code" select="@lang"/>
                  <xsl:with-param name="script" select="substring(@script, 1, 4 * (@lang = 'uzb'))"/>
                </xsl:call-template>
              </xsl:variable>
              <li>
                <a href="{$site-root}{$target/@href}" hreflang="{$tag}" lang="{$tag}">
                  <xsl:call-template name="lang-name">
                    <xsl:with-param name="code" select="@lang"/>
                    <xsl:with-param name="script" select="substring(@script, 1, 4 * (@lang = 'uzb'))"/>
                  </xsl:call-template>
                </a>
                <xsl:if test="not($same)">
                  <xsl:text> (</xsl:text>
                  <xsl:call-template name="date"><xsl:with-param name="d" select="$target/@date"/></xsl:call-template>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </nav>
      </xsl:if>
    </div>
  </xsl:template>

  <!-- ============================================================ ids, labels, levels -->

  <!-- The HTML id of the current element: its eId; a repeated eId gets '~n' (its position among equals). -->
  <xsl:template name="node-id">
    <xsl:if test="normalize-space(@eId) != ''">
      <xsl:variable name="set" select="key('eid', @eId)"/>
      <xsl:choose>
        <xsl:when test="@eId = 'main'">main~1</xsl:when>
        <xsl:when test="count($set) &lt; 2 or generate-id($set[1]) = generate-id()">
          <xsl:value-of select="translate(@eId, ' &#9;&#10;&#13;', '____')"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="me" select="generate-id()"/>
          <xsl:for-each select="$set">
            <xsl:if test="generate-id() = $me">
              <xsl:value-of select="concat(translate(@eId, ' &#9;&#10;&#13;', '____'), '~', position())"/>
            </xsl:if>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="id-attr">
    <xsl:if test="normalize-space(@eId) != ''">
      <xsl:attribute name="id"><xsl:call-template name="node-id"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- The source class, kept as data-class (never mixed into our own class names). -->
  <xsl:template name="data-class">
    <xsl:if test="normalize-space(@class) != ''">
      <xsl:attribute name="data-class"><xsl:value-of select="normalize-space(@class)"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- A space when an element would otherwise serialise empty (<x/> is not HTML). -->
  <xsl:template name="ensure-content">
    <xsl:if test="not(text() or *[not(self::akn:eop or self::akn:meta)])"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- Whether the current element sits inside inline content (so blocks must become spans). -->
  <xsl:template name="inline-context">
    <!-- The nearest ancestor that decides: inline containers make it inline, quoted structures start a new block. -->
    <xsl:variable name="nearest" select="ancestor::akn:*[self::akn:p or self::akn:heading or self::akn:subheading or self::akn:num
                  or self::akn:listIntroduction or self::akn:listWrapUp or self::akn:tocItem or self::akn:docTitle
                  or self::akn:longTitle[not(akn:p)] or self::akn:from or self::akn:crossHeading
                  or self::akn:quotedStructure or self::akn:embeddedStructure or self::akn:subFlow][1]"/>
    <xsl:if test="$nearest and not($nearest[self::akn:quotedStructure or self::akn:embeddedStructure or self::akn:subFlow])">yes</xsl:if>
  </xsl:template>

  <!-- Human label of a provision: "num heading", else its eId. -->
  <xsl:template name="label">
    <xsl:variable name="raw">
      <xsl:apply-templates select="akn:num" mode="plain"/>
      <xsl:text> </xsl:text>
      <xsl:apply-templates select="akn:heading" mode="plain"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($raw) != ''"><xsl:value-of select="normalize-space($raw)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@eId"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:variable name="q-permalink"><xsl:call-template name="t"><xsl:with-param name="k" select="'act.permalink'"/></xsl:call-template></xsl:variable>

  <xsl:template name="permalink">
    <xsl:param name="id"/>
    <xsl:if test="$id != ''">
      <a class="permalink" href="#{$id}">
        <xsl:attribute name="aria-label">
          <xsl:value-of select="$q-permalink"/>
          <xsl:text>: </xsl:text>
          <xsl:call-template name="label"/>
        </xsl:attribute>
        <xsl:text>¶</xsl:text>
      </a>
    </xsl:if>
  </xsl:template>

  <!-- Heading level of the current element: 2 + headed ancestors, capped at 6. -->
  <xsl:template name="level">
    <xsl:variable name="n" select="2 + count(ancestor::akn:*[akn:heading or akn:subheading
        or (akn:num and contains($q-big, concat(' ', local-name(), ' ')))
        or ((self::akn:component or self::akn:attachment) and akn:*/akn:meta)])"/>
    <xsl:choose>
      <xsl:when test="$n &gt; 6">6</xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ plain text (labels, titles) -->

  <xsl:template match="akn:authorialNote | akn:noteRef | akn:eop | akn:meta" mode="plain"/>
  <xsl:template match="akn:eol" mode="plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="*" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>
  <xsl:template match="text()" mode="plain"><xsl:value-of select="."/></xsl:template>

  <!-- ============================================================ table of contents -->

  <xsl:template match="akn:meta | akn:preface | akn:preamble | akn:conclusions | akn:coverPage | akn:header
                       | akn:content | akn:intro | akn:wrapUp | akn:p | akn:num | akn:heading | akn:subheading
                       | akn:quotedStructure | akn:embeddedStructure | akn:mod | akn:table | akn:blockList
                       | akn:toc | akn:authorialNote | akn:foreign | akn:collectionBody" mode="toc"/>
  <xsl:template match="text()" mode="toc"/>

  <xsl:template match="akn:*" mode="toc">
    <xsl:apply-templates select="*" mode="toc"/>
  </xsl:template>

  <xsl:template match="akn:*[akn:heading or akn:subheading or (akn:num and contains(' part chapter section article book title tome subpart subchapter subtitle division rule subrule ', concat(' ', local-name(), ' ')))]" mode="toc" priority="1">
    <xsl:variable name="id"><xsl:call-template name="node-id"/></xsl:variable>
    <xsl:variable name="sub"><xsl:apply-templates select="*" mode="toc"/></xsl:variable>
    <li>
      <xsl:choose>
        <xsl:when test="$id != ''"><a href="#{$id}"><xsl:call-template name="toc-label"/></a></xsl:when>
        <xsl:otherwise><span><xsl:call-template name="toc-label"/></span></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="string($sub) != ''"><ol><xsl:copy-of select="$sub"/></ol></xsl:if>
    </li>
  </xsl:template>

  <xsl:template name="toc-label">
    <xsl:variable name="num"><xsl:apply-templates select="akn:num" mode="plain"/></xsl:variable>
    <xsl:variable name="hd"><xsl:apply-templates select="akn:heading" mode="plain"/></xsl:variable>
    <xsl:if test="normalize-space($num) != ''">
      <span class="toc-num"><xsl:value-of select="normalize-space($num)"/></span>
      <xsl:if test="normalize-space($hd) != ''"><xsl:text> </xsl:text></xsl:if>
    </xsl:if>
    <xsl:value-of select="normalize-space($hd)"/>
    <xsl:if test="normalize-space($num) = '' and normalize-space($hd) = ''">
      <xsl:apply-templates select="akn:subheading" mode="plain"/>
      <xsl:if test="normalize-space(akn:subheading) = ''"><xsl:value-of select="@eId"/><xsl:text> </xsl:text></xsl:if>
    </xsl:if>
  </xsl:template>

  <xsl:template match="akn:component[akn:*/akn:meta] | akn:attachment[akn:*/akn:meta]" mode="toc" priority="2">
    <xsl:variable name="id"><xsl:call-template name="node-id"/></xsl:variable>
    <xsl:variable name="sub"><xsl:apply-templates select="akn:*/*" mode="toc"/></xsl:variable>
    <xsl:variable name="label"><xsl:call-template name="component-title"/></xsl:variable>
    <li class="toc-component">
      <xsl:choose>
        <xsl:when test="$id != ''"><a href="#{$id}"><xsl:value-of select="$label"/></a></xsl:when>
        <xsl:otherwise><span><xsl:value-of select="$label"/></span></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="string($sub) != ''"><ol><xsl:copy-of select="$sub"/></ol></xsl:if>
    </li>
  </xsl:template>

  <!-- ============================================================ documents, components, notes -->

  <!-- A document embedded in a component or attachment: its parts in order, then its notes. -->
  <xsl:template match="akn:*[akn:meta]" priority="3">
    <xsl:param name="level" select="3"/>
    <div class="embedded-doc akn-doc-{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:call-template name="data-class"/>
      <xsl:apply-templates select="node()[not(self::akn:meta)]"/>
      <xsl:call-template name="notes">
        <xsl:with-param name="d" select="."/>
        <xsl:with-param name="level" select="$level"/>
      </xsl:call-template>
      <xsl:call-template name="ensure-content"/>
    </div>
  </xsl:template>

  <xsl:template name="component-title">
    <xsl:variable name="d" select="akn:*[akn:meta][1]"/>
    <xsl:variable name="t"><xsl:call-template name="doc-title"><xsl:with-param name="d" select="$d"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($t) != ''"><xsl:value-of select="$t"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="t"><xsl:with-param name="k" select="'act.component'"/></xsl:call-template>
        <xsl:value-of select="concat(' ', count(preceding-sibling::akn:*) + 1)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="akn:components | akn:attachments" priority="2">
    <div class="components akn-{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </div>
  </xsl:template>

  <!-- A component or attachment holding a document: a section with its own heading. -->
  <xsl:template match="akn:component[akn:*/akn:meta] | akn:attachment[akn:*/akn:meta]" priority="2">
    <xsl:variable name="level"><xsl:call-template name="level"/></xsl:variable>
    <xsl:variable name="id"><xsl:call-template name="node-id"/></xsl:variable>
    <section class="component akn-{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:element name="h{$level}">
        <xsl:attribute name="class">component-title</xsl:attribute>
        <xsl:call-template name="component-title"/>
      </xsl:element>
      <xsl:apply-templates select="node()">
        <xsl:with-param name="level" select="$level + 1"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

  <!-- A collection entry that points at a component: a link to it. -->
  <xsl:template match="akn:component | akn:attachment" priority="1">
    <div class="component-ref akn-{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </div>
  </xsl:template>

  <xsl:template match="akn:collectionBody" priority="2">
    <nav class="collection-body">
      <xsl:attribute name="aria-label"><xsl:call-template name="t"><xsl:with-param name="k" select="'act.components'"/></xsl:call-template></xsl:attribute>
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </nav>
  </xsl:template>

  <!-- The notes of a document (meta/notes), the targets of noteRef. -->
  <xsl:template name="notes">
    <xsl:param name="d"/>
    <xsl:param name="level" select="2"/>
    <xsl:if test="$d/akn:meta/akn:notes/akn:note">
      <section class="doc-notes">
        <xsl:element name="h{$level}">
          <xsl:call-template name="lang-if-ui"/>
          <xsl:call-template name="t"><xsl:with-param name="k" select="'act.notes'"/></xsl:call-template>
        </xsl:element>
        <ol class="notes-list">
          <xsl:for-each select="$d/akn:meta/akn:notes/akn:note">
            <li class="note">
              <xsl:call-template name="id-attr"/>
              <xsl:if test="normalize-space(@marker) != ''">
                <span class="note-marker"><xsl:value-of select="@marker"/></span>
                <xsl:text> </xsl:text>
              </xsl:if>
              <xsl:apply-templates/>
              <xsl:call-template name="ensure-content"/>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="akn:meta" priority="5"/>

  <!-- The long/short title of the page's document is the h1: not repeated (unless it carries eIds). -->
  <xsl:template match="akn:preface/akn:longTitle | akn:preface/akn:shortTitle" priority="2">
    <xsl:choose>
      <xsl:when test="generate-id(../..) = generate-id($doc) and normalize-space(.) = $title and not(descendant-or-self::akn:*/@eId)">
        <xsl:comment> title: see h1 </xsl:comment>
      </xsl:when>
      <xsl:otherwise>
        <div class="akn-{local-name()}">
          <xsl:call-template name="id-attr"/>
          <xsl:apply-templates/>
          <xsl:call-template name="ensure-content"/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="akn:preface | akn:preamble | akn:conclusions | akn:coverPage | akn:header" priority="2">
    <div class="akn-{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </div>
  </xsl:template>

  <!-- ============================================================ hierarchy -->

  <!-- Any hierarchical element: part, chapter, article, paragraph, point, level, hcontainer, list, ... -->
  <xsl:template match="akn:*[akn:num or akn:heading or akn:subheading or akn:content or akn:intro or akn:wrapUp]" priority="1">
    <xsl:variable name="headed" select="boolean(akn:heading or akn:subheading or (akn:num and contains($q-big, concat(' ', local-name(), ' '))))"/>
    <xsl:variable name="repealed" select="@status = 'removed' or @q:status = 'repealed'
        or (akn:content[akn:p] and not(*[not(self::akn:num or self::akn:heading or self::akn:subheading or self::akn:content)])
            and not(akn:content/akn:*[not(self::akn:p[contains(concat(' ', normalize-space(@class), ' '), ' repealed ')])]))"/>
    <xsl:variable name="id"><xsl:call-template name="node-id"/></xsl:variable>
    <xsl:variable name="cls">
      <xsl:text>prov akn-</xsl:text>
      <xsl:value-of select="local-name()"/>
      <xsl:if test="$repealed"> repealed</xsl:if>
      <xsl:if test="not($headed) and akn:num"> has-num</xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$headed">
        <xsl:variable name="level"><xsl:call-template name="level"/></xsl:variable>
        <section class="{$cls}">
          <xsl:if test="$id != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
          <xsl:call-template name="data-class"/>
          <xsl:element name="h{$level}">
            <xsl:attribute name="class">prov-heading</xsl:attribute>
            <xsl:call-template name="heading-parts"/>
          </xsl:element>
          <xsl:call-template name="permalink"><xsl:with-param name="id" select="$id"/></xsl:call-template>
          <xsl:apply-templates select="node()[not(self::akn:num or self::akn:heading or self::akn:subheading)]"/>
        </section>
      </xsl:when>
      <xsl:when test="akn:num">
        <div class="{$cls}">
          <xsl:if test="$id != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
          <xsl:call-template name="data-class"/>
          <xsl:call-template name="permalink"><xsl:with-param name="id" select="$id"/></xsl:call-template>
          <xsl:apply-templates select="akn:num[1]"/>
          <div class="prov-body">
            <xsl:apply-templates select="node()[not(self::akn:num)]"/>
            <xsl:if test="not(*[not(self::akn:num or self::akn:eop)] or text()[normalize-space()])"><xsl:text> </xsl:text></xsl:if>
          </div>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <div class="{$cls}">
          <xsl:if test="$id != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
          <xsl:call-template name="data-class"/>
          <xsl:call-template name="permalink"><xsl:with-param name="id" select="$id"/></xsl:call-template>
          <xsl:apply-templates/>
          <xsl:call-template name="ensure-content"/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- num, heading and subheading inside a provision heading. -->
  <xsl:template name="heading-parts">
    <xsl:for-each select="akn:num[1]">
      <span class="num"><xsl:call-template name="id-attr"/><xsl:apply-templates/><xsl:text> </xsl:text></span>
    </xsl:for-each>
    <xsl:for-each select="akn:heading | akn:subheading">
      <span class="{local-name()}"><xsl:call-template name="id-attr"/><xsl:apply-templates/><xsl:call-template name="ensure-content"/></span>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="akn:num">
    <span class="num"><xsl:call-template name="id-attr"/><xsl:apply-templates/><xsl:call-template name="ensure-content"/></span>
  </xsl:template>

  <xsl:template match="akn:heading | akn:subheading">
    <strong class="akn-{local-name()}"><xsl:call-template name="id-attr"/><xsl:apply-templates/><xsl:call-template name="ensure-content"/></strong>
  </xsl:template>

  <xsl:template match="akn:content | akn:intro | akn:wrapUp" priority="2">
    <div class="akn-{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </div>
  </xsl:template>

  <!-- ============================================================ blocks -->

  <xsl:template match="akn:p" priority="2">
    <xsl:variable name="inline">
      <!-- Most paragraphs sit directly in a block container: no need to look further up. -->
      <xsl:if test="not(parent::akn:content or parent::akn:intro or parent::akn:wrapUp or parent::akn:item
                    or parent::akn:td or parent::akn:th or parent::akn:preface or parent::akn:conclusions
                    or parent::akn:preamble or parent::akn:container or parent::akn:blockContainer or parent::akn:note
                    or parent::akn:speech or parent::akn:question or parent::akn:answer)">
        <xsl:call-template name="inline-context"/>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="name">
      <xsl:choose>
        <xsl:when test="$inline = 'yes'">span</xsl:when>
        <xsl:when test="descendant::akn:*[self::akn:quotedStructure or self::akn:embeddedStructure or self::akn:subFlow
                        or self::akn:table or self::akn:blockList or self::akn:ul or self::akn:ol or self::akn:foreign
                        or self::akn:blockContainer or self::akn:toc]">div</xsl:when>
        <xsl:otherwise>p</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$name}">
      <xsl:attribute name="class">
        <xsl:text>akn-p</xsl:text>
        <xsl:if test="$name != 'p'"> p</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="id-attr"/>
      <xsl:call-template name="data-class"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="akn:blockList" priority="2">
    <div class="akn-blockList">
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates select="akn:listIntroduction"/>
      <xsl:if test="akn:item">
        <ul class="block-list"><xsl:apply-templates select="akn:item"/></ul>
      </xsl:if>
      <xsl:apply-templates select="node()[not(self::akn:listIntroduction or self::akn:item or self::akn:listWrapUp)]"/>
      <xsl:apply-templates select="akn:listWrapUp"/>
      <xsl:call-template name="ensure-content"/>
    </div>
  </xsl:template>

  <xsl:template match="akn:listIntroduction | akn:listWrapUp" priority="2">
    <p class="akn-{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </p>
  </xsl:template>

  <xsl:template match="akn:item" priority="2">
    <xsl:variable name="id"><xsl:call-template name="node-id"/></xsl:variable>
    <li>
      <xsl:attribute name="class">
        <xsl:text>akn-item</xsl:text>
        <xsl:if test="akn:num"> has-num</xsl:if>
      </xsl:attribute>
      <xsl:if test="$id != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
      <xsl:call-template name="permalink"><xsl:with-param name="id" select="$id"/></xsl:call-template>
      <xsl:if test="akn:heading">
        <xsl:variable name="level"><xsl:call-template name="level"/></xsl:variable>
        <xsl:element name="h{$level}">
          <xsl:attribute name="class">prov-heading</xsl:attribute>
          <xsl:call-template name="heading-parts"/>
        </xsl:element>
      </xsl:if>
      <xsl:if test="not(akn:heading)"><xsl:apply-templates select="akn:num"/></xsl:if>
      <div class="prov-body">
        <xsl:apply-templates select="node()[not(self::akn:num or self::akn:heading or self::akn:subheading)]"/>
        <xsl:if test="not(*[not(self::akn:num or self::akn:heading or self::akn:subheading or self::akn:eop)] or text()[normalize-space()])"><xsl:text> </xsl:text></xsl:if>
      </div>
    </li>
  </xsl:template>

  <xsl:template match="akn:ul | akn:ol" priority="2">
    <xsl:element name="{local-name()}">
      <xsl:attribute name="class">akn-<xsl:value-of select="local-name()"/></xsl:attribute>
      <xsl:call-template name="id-attr"/>
      <xsl:for-each select="node()">
        <xsl:choose>
          <xsl:when test="self::akn:li"><xsl:apply-templates select="."/></xsl:when>
          <xsl:when test="self::text() and normalize-space() = ''"/>
          <xsl:when test="self::text() or self::*"><li><xsl:apply-templates select="."/></li></xsl:when>
        </xsl:choose>
      </xsl:for-each>
      <xsl:if test="not(*)"><li><xsl:text> </xsl:text></li></xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="akn:li" priority="2">
    <li><xsl:call-template name="id-attr"/><xsl:apply-templates/><xsl:call-template name="ensure-content"/></li>
  </xsl:template>

  <xsl:template match="akn:toc" priority="2">
    <ul class="akn-toc">
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates select="akn:tocItem"/>
      <xsl:if test="not(akn:tocItem)"><li><xsl:apply-templates/><xsl:text> </xsl:text></li></xsl:if>
    </ul>
  </xsl:template>

  <xsl:template match="akn:tocItem" priority="2">
    <li class="akn-tocItem level-{@level}">
      <xsl:call-template name="id-attr"/>
      <xsl:call-template name="link">
        <xsl:with-param name="href" select="@href"/>
      </xsl:call-template>
    </li>
  </xsl:template>

  <xsl:template match="akn:quotedStructure | akn:embeddedStructure" priority="2">
    <blockquote class="akn-{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:if test="@startQuote"><span class="quote-mark"><xsl:value-of select="@startQuote"/></span></xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="@endQuote"><span class="quote-mark"><xsl:value-of select="@endQuote"/></span></xsl:if>
      <xsl:call-template name="ensure-content"/>
    </blockquote>
  </xsl:template>

  <xsl:template match="akn:table" priority="2">
    <div class="table-wrap">
      <table class="akn-table">
        <xsl:call-template name="id-attr"/>
        <xsl:apply-templates select="akn:caption"/>
        <tbody>
          <xsl:apply-templates select="akn:tr"/>
          <xsl:if test="not(akn:tr)"><tr><td><xsl:apply-templates select="node()[not(self::akn:caption)]"/><xsl:text> </xsl:text></td></tr></xsl:if>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="akn:caption" priority="2">
    <caption><xsl:call-template name="id-attr"/><xsl:apply-templates/><xsl:call-template name="ensure-content"/></caption>
  </xsl:template>

  <xsl:template match="akn:tr" priority="2">
    <tr>
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates select="akn:th | akn:td"/>
      <xsl:if test="not(akn:th | akn:td)"><td><xsl:apply-templates/><xsl:text> </xsl:text></td></xsl:if>
    </tr>
  </xsl:template>

  <xsl:template match="akn:th | akn:td" priority="2">
    <xsl:element name="{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:call-template name="span-attrs"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </xsl:element>
  </xsl:template>

  <xsl:template name="span-attrs">
    <xsl:if test="string(number(@colspan)) != 'NaN' and number(@colspan) &gt; 1"><xsl:attribute name="colspan"><xsl:value-of select="number(@colspan)"/></xsl:attribute></xsl:if>
    <xsl:if test="string(number(@rowspan)) != 'NaN' and number(@rowspan) &gt; 1"><xsl:attribute name="rowspan"><xsl:value-of select="number(@rowspan)"/></xsl:attribute></xsl:if>
  </xsl:template>

  <xsl:template match="akn:from" priority="2">
    <p class="akn-from"><xsl:call-template name="id-attr"/><strong><xsl:apply-templates/><xsl:call-template name="ensure-content"/></strong></p>
  </xsl:template>

  <xsl:template match="akn:img" priority="2">
    <span class="akn-img">
      <xsl:call-template name="id-attr"/>
      <xsl:text>[</xsl:text>
      <xsl:choose>
        <xsl:when test="normalize-space(@alt) != ''"><xsl:value-of select="normalize-space(@alt)"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="t"><xsl:with-param name="k" select="'act.image'"/></xsl:call-template></xsl:otherwise>
      </xsl:choose>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <!-- ============================================================ inline -->

  <xsl:template match="akn:b | akn:i | akn:u | akn:sup | akn:sub | akn:ins | akn:del | akn:abbr" priority="2">
    <xsl:element name="{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="akn:def" priority="2">
    <dfn class="akn-def"><xsl:call-template name="id-attr"/><xsl:apply-templates/><xsl:call-template name="ensure-content"/></dfn>
  </xsl:template>

  <xsl:template match="akn:date | akn:docDate" priority="2">
    <time class="akn-{local-name()}">
      <xsl:call-template name="id-attr"/>
      <xsl:if test="string-length(@date) = 10 and substring(@date, 5, 1) = '-'">
        <xsl:attribute name="datetime"><xsl:value-of select="@date"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </time>
  </xsl:template>

  <xsl:template match="akn:quotedText" priority="2">
    <span class="akn-quotedText">
      <xsl:call-template name="id-attr"/>
      <xsl:value-of select="@startQuote"/>
      <xsl:apply-templates/>
      <xsl:value-of select="@endQuote"/>
      <xsl:call-template name="ensure-content"/>
    </span>
  </xsl:template>

  <xsl:template match="akn:eol" priority="2"><br/></xsl:template>
  <xsl:template match="akn:eop" priority="2"/>

  <xsl:template match="akn:ref | akn:a | akn:documentRef | akn:componentRef" priority="2">
    <xsl:call-template name="link">
      <xsl:with-param name="href" select="@href"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A link from the document: '#x' only when x is on the page, '/akn/...' into the site, other safe URLs as given. -->
  <xsl:template name="link">
    <xsl:param name="href"/>
    <xsl:variable name="h" select="normalize-space($href)"/>
    <xsl:variable name="target">
      <xsl:choose>
        <xsl:when test="starts-with($h, '#')">
          <xsl:variable name="frag" select="substring($h, 2)"/>
          <xsl:if test="$frag != '' and key('eid', $frag)">
            <xsl:for-each select="key('eid', $frag)[1]">#<xsl:call-template name="node-id"/></xsl:for-each>
          </xsl:if>
        </xsl:when>
        <xsl:when test="starts-with($h, '/akn/')">
          <xsl:if test="$akn-links != 'none'">
            <xsl:call-template name="akn-href"><xsl:with-param name="uri" select="$h"/></xsl:call-template>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="safe"><xsl:call-template name="href-is-safe"><xsl:with-param name="href" select="$h"/></xsl:call-template></xsl:variable>
          <xsl:if test="$safe = 'yes'"><xsl:value-of select="$h"/></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$target != ''">
        <a class="akn-{local-name()}" href="{$target}">
          <xsl:call-template name="id-attr"/>
          <xsl:call-template name="link-text"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="akn-{local-name()}">
          <xsl:call-template name="id-attr"/>
          <xsl:call-template name="link-text"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="link-text">
    <xsl:apply-templates/>
    <xsl:if test="not(text() or *[not(self::akn:eop)])">
      <xsl:choose>
        <xsl:when test="normalize-space(@showAs) != ''"><xsl:value-of select="normalize-space(@showAs)"/></xsl:when>
        <xsl:when test="normalize-space(@href) != ''"><xsl:value-of select="normalize-space(@href)"/></xsl:when>
        <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- '/akn/uz/act/2015-12-09/x/uzb@2019-10-01/!main#art_5' to '{site-root}akn/uz/act/2015-12-09/x/uzb@2019-10-01/#art_5'.
       Portions (~eId), components (!name) and formats (.xml) are dropped: the site publishes works and expressions. -->
  <xsl:template name="akn-href">
    <xsl:param name="uri"/>
    <xsl:variable name="frag">
      <xsl:if test="contains($uri, '#')"><xsl:value-of select="concat('#', substring-after($uri, '#'))"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="p0">
      <xsl:choose>
        <xsl:when test="contains($uri, '#')"><xsl:value-of select="substring-before($uri, '#')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$uri"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="p1">
      <xsl:choose>
        <xsl:when test="contains($p0, '~')"><xsl:value-of select="substring-before($p0, '~')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$p0"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="p2">
      <xsl:choose>
        <xsl:when test="contains($p1, '/!')"><xsl:value-of select="substring-before($p1, '/!')"/></xsl:when>
        <xsl:when test="contains($p1, '!')"><xsl:value-of select="substring-before($p1, '!')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$p1"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="p3">
      <xsl:choose>
        <xsl:when test="substring($p2, string-length($p2) - 3) = '.xml'"><xsl:value-of select="substring($p2, 1, string-length($p2) - 4)"/></xsl:when>
        <xsl:when test="substring($p2, string-length($p2) - 4) = '.html'"><xsl:value-of select="substring($p2, 1, string-length($p2) - 5)"/></xsl:when>
        <xsl:when test="substring($p2, string-length($p2) - 3) = '.akn'"><xsl:value-of select="substring($p2, 1, string-length($p2) - 4)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$p2"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="$site-root"/>
    <xsl:value-of select="substring($p3, 2)"/>
    <xsl:if test="substring($p3, string-length($p3)) != '/'">/</xsl:if>
    <xsl:value-of select="$frag"/>
  </xsl:template>

  <xsl:template match="akn:noteRef" priority="2">
    <xsl:variable name="frag" select="substring-after(normalize-space(@href), '#')"/>
    <xsl:variable name="marker">
      <xsl:choose>
        <xsl:when test="normalize-space(@marker) != ''"><xsl:value-of select="normalize-space(@marker)"/></xsl:when>
        <xsl:otherwise>*</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <sup class="akn-noteRef">
      <xsl:call-template name="id-attr"/>
      <xsl:choose>
        <xsl:when test="$frag != '' and key('eid', $frag)">
          <a>
            <xsl:attribute name="href">
              <xsl:for-each select="key('eid', $frag)[1]">#<xsl:call-template name="node-id"/></xsl:for-each>
            </xsl:attribute>
            <xsl:value-of select="$marker"/>
          </a>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$marker"/></xsl:otherwise>
      </xsl:choose>
    </sup>
  </xsl:template>

  <xsl:template match="akn:authorialNote" priority="2">
    <span class="akn-authorialNote" role="note">
      <xsl:call-template name="id-attr"/>
      <xsl:if test="normalize-space(@marker) != ''">
        <span class="note-marker"><xsl:value-of select="normalize-space(@marker)"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </span>
  </xsl:template>

  <xsl:template match="akn:signature" priority="2">
    <span class="akn-signature">
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </span>
  </xsl:template>

  <!-- ============================================================ foreign content -->

  <xsl:template match="akn:foreign" priority="2">
    <xsl:variable name="inline"><xsl:call-template name="inline-context"/></xsl:variable>
    <xsl:element name="{substring('divspan', 1 + 3 * ($inline = 'yes'), 3 + ($inline = 'yes'))}">
      <xsl:attribute name="class">akn-foreign</xsl:attribute>
      <xsl:call-template name="id-attr"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </xsl:element>
  </xsl:template>

  <!-- XHTML tables inside foreign: rebuilt element by element, attributes limited to spans. -->
  <xsl:template match="h:table | h:thead | h:tbody | h:tfoot | h:tr | h:td | h:th | h:caption | h:p | h:span | h:b | h:i | h:sub | h:sup | h:br | h:em | h:strong">
    <xsl:element name="{local-name()}">
      <xsl:call-template name="span-attrs"/>
      <xsl:apply-templates/>
      <xsl:if test="not(self::h:br)"><xsl:call-template name="ensure-content"/></xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- MathML: a safe subset rebuilt in the MathML namespace (no attributes but a few presentational ones). -->
  <xsl:template match="m:math | m:mi | m:mn | m:mo | m:mrow | m:mfrac | m:msup | m:msub | m:msubsup | m:msqrt | m:mroot
                       | m:mtext | m:mspace | m:mtable | m:mtr | m:mtd | m:munder | m:mover | m:munderover | m:mfenced | m:mstyle | m:semantics">
    <xsl:element name="{local-name()}" namespace="http://www.w3.org/1998/Math/MathML">
      <xsl:for-each select="@display | @mathvariant | @linethickness">
        <xsl:attribute name="{local-name()}"><xsl:value-of select="."/></xsl:attribute>
      </xsl:for-each>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="m:annotation | m:annotation-xml"/>
  <!-- Other MathML (or anything else inside math): its text only, so nothing breaks out of the formula. -->
  <xsl:template match="m:*" priority="-1.5"><xsl:apply-templates/></xsl:template>
  <xsl:template match="m:math//*[not(self::m:*)]" priority="-1"><xsl:apply-templates/></xsl:template>

  <!-- ============================================================ everything else: keep the text -->

  <xsl:template match="akn:*" priority="-1">
    <xsl:variable name="inline"><xsl:call-template name="inline-context"/></xsl:variable>
    <xsl:variable name="name">
      <xsl:choose>
        <xsl:when test="$inline = 'yes'">span</xsl:when>
        <xsl:otherwise>div</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$name}">
      <xsl:attribute name="class">akn-<xsl:value-of select="local-name()"/></xsl:attribute>
      <xsl:call-template name="id-attr"/>
      <xsl:call-template name="data-class"/>
      <xsl:apply-templates/>
      <xsl:call-template name="ensure-content"/>
    </xsl:element>
  </xsl:template>

  <!-- Elements of other vocabularies in the text: their text, in a span. -->
  <xsl:template match="*" priority="-2">
    <span class="foreign-{local-name()}"><xsl:apply-templates/><xsl:if test="not(text() or *)"><xsl:text> </xsl:text></xsl:if></span>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()"/>

</xsl:stylesheet>
